package org.mentorcred.application.process;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorcred.application.support.Fixtures.PROBLEM;
import static org.mentorcred.application.support.Fixtures.as;
import static org.mentorcred.application.support.Fixtures.asApplicant;
import static org.mentorcred.application.support.Fixtures.asReviewer;
import static org.mentorcred.application.support.Fixtures.completeCpm;
import static org.mentorcred.application.support.Fixtures.contactReference;
import static org.mentorcred.application.support.Fixtures.open;
import static org.mentorcred.application.support.Fixtures.put;
import static org.mentorcred.application.support.Fixtures.submit;
import static org.mentorcred.application.support.Journeys.APPLICATION_EVENTS;
import static org.mentorcred.application.support.Journeys.DECIDED;
import static org.mentorcred.application.support.Journeys.INFORMATION_REQUESTED;
import static org.mentorcred.application.support.Journeys.REFERENCE_CHECK_REQUESTED;
import static org.mentorcred.application.support.Journeys.WAIT;
import static org.mentorcred.application.support.Journeys.application;
import static org.mentorcred.application.support.Journeys.assertCredentialIssued;
import static org.mentorcred.application.support.Journeys.awaitStatus;
import static org.mentorcred.application.support.Journeys.payFee;
import static org.mentorcred.application.support.Journeys.read;
import static org.mentorcred.application.support.Journeys.submittedCpm;
import static org.mentorcred.infra.test.TopicProbe.ofType;
import static org.mentorcred.infra.test.TopicProbe.withKey;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorcred.application.support.Fixtures;
import org.mentorcred.infra.test.EventContracts;
import org.mentorcred.infra.test.TestProducer;
import org.mentorcred.infra.test.TopicProbe;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * CPM: paid → under review with its target → references confirmed through their links → decided (approved: the
 * credential issued, verifiable, its badge verified against the published keys); the desk's rules.
 */
@QuarkusTest
class CpmReviewJourneyTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    EntityManager em;

    TestProducer producer;
    TopicProbe probe;

    @BeforeEach
    void connect() {
        producer = new TestProducer(bootstrap);
        probe = TopicProbe.fromNow(bootstrap, APPLICATION_EVENTS);
    }

    @AfterEach
    void disconnect() {
        probe.close();
        producer.close();
    }

    /** A CPM application under review; returns subject, id and the two referees' tokens. */
    String[] underReview() {
        String[] a = submittedCpm();
        payFee(producer, a[0], a[1], "IMC_CPM");
        awaitStatus(a[0], a[1], "UNDER_REVIEW");
        List<ConsumerRecord<String, String>> requests = probe.await(ofType(REFERENCE_CHECK_REQUESTED).and(withKey(a[1])), 2,
                WAIT);
        List<String> tokens = new ArrayList<>();
        for (ConsumerRecord<String, String> r : requests) {
            String url = read(r.value()).get("confirmationUrl").asText();
            tokens.add(url.substring(url.lastIndexOf('/') + 1));
        }
        return new String[] { a[0], a[1], tokens.get(0), tokens.get(1) };
    }

    @Test
    void aPaidCpmGoesToReviewWithItsTargetAndIsApprovedOnceItsReferencesConfirmThroughTheirLinks() {
        String[] a = submittedCpm();
        String subject = a[0];
        String id = a[1];
        payFee(producer, subject, id, "IMC_CPM");

        JsonPath app = awaitStatus(subject, id, "UNDER_REVIEW");
        LocalDate target = LocalDate.now(ZoneOffset.UTC).plusWeeks(4); // ACCREDITED training: 4 weeks
        assertEquals(List.of("DRAFT", "SUBMITTED", "ELIGIBLE", "AWAITING_PAYMENT", "PAID", "UNDER_REVIEW"),
                statusChanges(app));
        assertEquals("AWAIT_REVIEW", app.getString("nextStep.code"));
        assertTrue(app.getString("nextStep.text").contains(target.toString()), app.getString("nextStep.text"));
        assertEquals("PaymentSucceeded", app.getString("timeline[-1].event"));

        // One link per CONTACT reference: the raw token is only in the event.
        List<ConsumerRecord<String, String>> requests = probe.await(ofType(REFERENCE_CHECK_REQUESTED).and(withKey(id)), 2,
                WAIT);
        Set<String> referees = new TreeSet<>();
        List<String> tokens = new ArrayList<>();
        for (ConsumerRecord<String, String> r : requests) {
            EventContracts.assertValid("application-service", "ReferenceCheckRequested", r.value());
            JsonNode event = read(r.value());
            referees.add(event.at("/referee/name").asText());
            assertEquals(subject + "@example.org", event.at("/applicant/email").asText());
            String url = event.get("confirmationUrl").asText();
            assertTrue(url.startsWith("http://127.0.0.1:8081/api/v1/reference-checks/"), url);
            tokens.add(url.substring(url.lastIndexOf('/') + 1));
        }
        assertEquals(Set.of("Jonas Berg", "Priya Nair"), referees);
        String stored = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT string_agg(token_sha256, ',') FROM reference_check WHERE application_id = cast(?1 AS uuid)")
                .setParameter(1, id).getSingleResult().toString());
        for (String token : tokens) {
            assertFalse(stored.contains(token), "only the hash is stored");
        }

        // The queue: earliest target first, this one with its target, not overdue, two links out.
        Map<String, Object> item = queueItem(id);
        assertEquals(target.toString(), item.get("targetDate"));
        assertEquals(4, item.get("targetWeeks"));
        assertEquals("ACCREDITED", item.get("targetBasis"));
        assertEquals(false, item.get("overdue"));
        assertEquals(2, ((Map<?, ?>) item.get("referenceChecks")).get("requested"));

        // The referee sees who and when, nothing more, and answers once.
        for (String token : tokens) {
            Map<String, Object> question = given().when().get("/api/v1/reference-checks/" + token)
                    .then().statusCode(200)
                    .body("applicantName", equalTo("Amara Okafor"))
                    .body("engagementStartDate", equalTo("2023-01-09"))
                    .body("engagementEndDate", equalTo("2023-12-15"))
                    .body("engagementHours", equalTo(40.0f))
                    .extract().jsonPath().getMap("");
            assertEquals(Set.of("applicantName", "engagementStartDate", "engagementEndDate", "engagementHours", "question",
                    "expiresAt"), question.keySet());
            given().contentType(ContentType.JSON).body(Map.of("confirmed", true, "comment", "Yes, all of 2023"))
                    .when().post("/api/v1/reference-checks/" + token)
                    .then().statusCode(200).body("status", equalTo("CONFIRMED"));
        }
        given().contentType(ContentType.JSON).body(Map.of("confirmed", false))
                .when().post("/api/v1/reference-checks/" + tokens.get(0))
                .then().statusCode(410).contentType(PROBLEM)
                .body("type", equalTo("https://mentorcred.org/problems/reference-check-used"));
        given().when().get("/api/v1/reference-checks/" + tokens.get(1))
                .then().statusCode(410).body("type", equalTo("https://mentorcred.org/problems/reference-check-used"));
        asReviewer().when().get("/api/v1/review/applications/" + id + "/reference-checks")
                .then().statusCode(200)
                .body("status", equalTo(List.of("CONFIRMED", "CONFIRMED")))
                .body("method", equalTo(List.of("LINK", "LINK")))
                .body("recordedBy", equalTo(List.of("referee", "referee")));

        // The reviewer takes it and approves it.
        String reviewer = "reviewer-" + id.substring(0, 8);
        as("reviewer", reviewer).when().post("/api/v1/review/applications/" + id + "/assignment")
                .then().statusCode(200).body("assignee", equalTo(reviewer)).body("targetDate", equalTo(target.toString()));
        as("reviewer", reviewer).contentType(ContentType.JSON).body(Map.of("decision", "APPROVED"))
                .when().post("/api/v1/review/applications/" + id + "/decision")
                .then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("decision", equalTo("APPROVED"))
                .body("decidedBy", equalTo(reviewer));

        ConsumerRecord<String, String> decided = probe.awaitOne(ofType(DECIDED).and(withKey(id)), WAIT);
        EventContracts.assertValid("application-service", "ApplicationDecided", decided.value());
        JsonNode event = read(decided.value());
        assertEquals("APPROVED", event.get("decision").asText());
        assertEquals("IMC_CPM", event.get("programme").asText());
        assertEquals(0, event.get("reasons").size());

        JsonPath done = application(subject, id);
        assertEquals("APPROVED", done.getString("status"));
        assertEquals("NONE", done.getString("nextStep.code"));
        List<String> notes = done.getList("timeline.findAll { it.kind == 'NOTE' }.reason");
        assertTrue(notes.stream().filter(n -> n.startsWith("Reference from") && n.contains("confirmed through the link"))
                .count() == 2, notes::toString);
        assertTrue(notes.contains("Taken by reviewer " + reviewer), notes::toString);

        // The approval issued the credential: announced, publicly verifiable, its badge signed with a published key.
        String number = assertCredentialIssued(probe, subject, id, "IMC_CPM", Period.ofYears(2));
        asApplicant(subject).when().get("/api/v1/me/credentials").then().statusCode(200)
                .body("items.number", equalTo(List.of(number)))
                .body("items[0].applicationId", equalTo(id));
    }

    @Test
    void aRejectionNeedsReasonsAndOnlyTheReviewerWhoTookTheApplicationDecidesIt() {
        String[] a = underReview();
        String id = a[1];
        String path = "/api/v1/review/applications/" + id;
        as("reviewer", "reviewer-b").when().post(path + "/assignment").then().statusCode(200);
        as("reviewer", "reviewer-b").when().post(path + "/assignment").then().statusCode(200)
                .body("assignee", equalTo("reviewer-b"));
        as("reviewer", "reviewer-c").when().post(path + "/assignment")
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://mentorcred.org/problems/already-assigned"))
                .body("assignee", equalTo("reviewer-b"));
        as("reviewer", "reviewer-c").contentType(ContentType.JSON).body(Map.of("decision", "APPROVED"))
                .when().post(path + "/decision")
                .then().statusCode(409).body("type", equalTo("https://mentorcred.org/problems/assigned-to-another-reviewer"));

        as("reviewer", "reviewer-b").contentType(ContentType.JSON).body(Map.of("decision", "REJECTED"))
                .when().post(path + "/decision")
                .then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("https://mentorcred.org/problems/reasons-required"))
                .body("violations[0].field", equalTo("reasons"));
        as("reviewer", "reviewer-b").contentType(ContentType.JSON).body(Map.of("decision", "REJECTED", "reasons", List.of()))
                .when().post(path + "/decision").then().statusCode(422);
        as("reviewer", "reviewer-b").contentType(ContentType.JSON).body(Map.of("decision", "MAYBE"))
                .when().post(path + "/decision").then().statusCode(400).contentType(PROBLEM);
        assertEquals("UNDER_REVIEW", application(a[0], id).getString("status"));

        String etag = asReviewer().when().get("/api/v1/applications/" + id).then().extract().header("ETag");
        as("reviewer", "reviewer-b").header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(Map.of("decision", "REJECTED", "reasons", List.of("x")))
                .when().post(path + "/decision").then().statusCode(412);
        as("reviewer", "reviewer-b").header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("decision", "REJECTED", "reasons", List.of("The second referee denied the engagement")))
                .when().post(path + "/decision")
                .then().statusCode(200).body("status", equalTo("REJECTED"))
                .body("reasons", equalTo(List.of("The second referee denied the engagement")));
        JsonNode event = read(probe.awaitOne(ofType(DECIDED).and(withKey(id)), WAIT).value());
        EventContracts.assertValid("application-service", "ApplicationDecided", event.toString());
        assertEquals("REJECTED", event.get("decision").asText());
        assertEquals("The second referee denied the engagement", event.get("reasons").get(0).asText());

        // Decided: no second decision, no more desk work, the referees' links are closed.
        as("reviewer", "reviewer-b").contentType(ContentType.JSON).body(Map.of("decision", "APPROVED"))
                .when().post(path + "/decision")
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://mentorcred.org/problems/illegal-transition"))
                .body("currentState", equalTo("REJECTED"));
        as("reviewer", "reviewer-b").when().post(path + "/assignment")
                .then().statusCode(409).body("type", equalTo("https://mentorcred.org/problems/not-under-review"))
                .body("currentState", equalTo("REJECTED"));
        given().when().get("/api/v1/reference-checks/" + a[2])
                .then().statusCode(410).body("type", equalTo("https://mentorcred.org/problems/reference-check-closed"));
    }

    @Test
    void reviewerActionsBeforeTheReviewAreConflictsNamingTheState() {
        String[] a = submittedCpm();
        String id = a[1];
        asReviewer().contentType(ContentType.JSON).body(Map.of("decision", "APPROVED"))
                .when().post("/api/v1/review/applications/" + id + "/decision")
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://mentorcred.org/problems/illegal-transition"))
                .body("currentState", equalTo("SUBMITTED"));
        asReviewer().when().post("/api/v1/review/applications/" + id + "/assignment")
                .then().statusCode(409).body("currentState", equalTo("SUBMITTED"));
        asReviewer().contentType(ContentType.JSON).body(Map.of("question", "Why?"))
                .when().post("/api/v1/applications/" + id + "/information-requests")
                .then().statusCode(409).body("type", equalTo("https://mentorcred.org/problems/not-under-review"));
        asReviewer().when().post("/api/v1/review/applications/" + java.util.UUID.randomUUID() + "/assignment")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void theReviewerAsksForMoreAndTheApplicantAnswersOnTheApplication() {
        String[] a = underReview();
        String subject = a[0];
        String id = a[1];
        String base = "/api/v1/applications/" + id + "/information-requests";
        String requestId = asReviewer().contentType(ContentType.JSON)
                .body(Map.of("question", "Please give the dates of your third engagement."))
                .when().post(base)
                .then().statusCode(201).body("open", equalTo(true)).body("askedBy", equalTo("reviewer-1"))
                .extract().path("id");
        assertEquals("ANSWER_INFORMATION_REQUEST", application(subject, id).getString("nextStep.code"));
        // The applicant is told (notification-service emails them): the question, and which request to answer.
        ConsumerRecord<String, String> asked = probe.awaitOne(ofType(INFORMATION_REQUESTED).and(withKey(id)), WAIT);
        EventContracts.assertValid("application-service", "InformationRequested", asked.value());
        JsonNode askedEvent = read(asked.value());
        assertEquals(requestId, askedEvent.get("requestId").asText());
        assertEquals("Please give the dates of your third engagement.", askedEvent.get("question").asText());
        assertEquals(subject + "@example.org", askedEvent.at("/applicant/email").asText());
        assertEquals("IMC_CPM", askedEvent.get("programme").asText());

        asApplicant("someone-else").contentType(ContentType.JSON).body(Map.of("answer", "Not mine"))
                .when().post(base + "/" + requestId + "/answer").then().statusCode(403).contentType(PROBLEM);
        asApplicant(subject).contentType(ContentType.JSON).body(Map.of("answer", " "))
                .when().post(base + "/" + requestId + "/answer").then().statusCode(400).contentType(PROBLEM);
        asApplicant(subject).contentType(ContentType.JSON).body(Map.of("answer", "From 2024-02-01 to 2024-09-30."))
                .when().post(base + "/" + requestId + "/answer")
                .then().statusCode(200).body("open", equalTo(false)).body("answeredBy", equalTo(subject));
        asApplicant(subject).contentType(ContentType.JSON).body(Map.of("answer", "Again"))
                .when().post(base + "/" + requestId + "/answer")
                .then().statusCode(409).body("type", equalTo("https://mentorcred.org/problems/information-request-answered"));

        asApplicant(subject).when().get(base).then().statusCode(200).body("", hasSize(1))
                .body("[0].answer", equalTo("From 2024-02-01 to 2024-09-30."));
        asApplicant("someone-else").when().get(base).then().statusCode(403);
        JsonPath app = application(subject, id);
        assertEquals("AWAIT_REVIEW", app.getString("nextStep.code"));
        List<String> notes = app.getList("timeline.findAll { it.kind == 'NOTE' }.reason");
        assertTrue(notes.contains("Reviewer asked: Please give the dates of your third engagement."), notes::toString);
        assertTrue(notes.contains("Applicant answered: From 2024-02-01 to 2024-09-30."), notes::toString);
    }

    @Test
    void aReferenceGivingTheApplicantsOwnAddressGetsNoLinkAndIsCheckedByHand() {
        String subject = Fixtures.applicant();
        String id = open(subject, "IMC_CPM");
        completeCpm(subject, id);
        String engagementId = application(subject, id).getString("evidence.engagements[0].engagementId");
        Map<String, Object> ownAddress = contactReference("Jonas Berg");
        // A plus-alias of the applicant's address, in capitals: the same mailbox.
        ownAddress.put("refereeEmail", (subject + "+referee@example.org").toUpperCase());
        put(subject, "/api/v1/applications/" + id + "/engagements/" + engagementId + "/reference", ownAddress)
                .statusCode(200);
        submit(subject, id).statusCode(200);
        payFee(producer, subject, id, "IMC_CPM");
        JsonPath underReview = awaitStatus(subject, id, "UNDER_REVIEW");

        // The other referee's link goes out; the own-address one is the reviewer's to check.
        JsonNode sent = read(probe.awaitOne(ofType(REFERENCE_CHECK_REQUESTED).and(withKey(id)), WAIT).value());
        assertEquals("Priya Nair", sent.at("/referee/name").asText());
        List<Map<String, Object>> checks = asReviewer().when().get("/api/v1/review/applications/" + id + "/reference-checks")
                .then().statusCode(200).extract().jsonPath().getList("");
        Map<String, String> statusByReferee = new TreeMap<>();
        checks.forEach(c -> statusByReferee.put((String) c.get("refereeName"), (String) c.get("status")));
        assertEquals(Map.of("Jonas Berg", "MANUAL", "Priya Nair", "REQUESTED"), statusByReferee);
        assertEquals(1, probe.records(ofType(REFERENCE_CHECK_REQUESTED).and(withKey(id))).size());
        assertTrue(underReview.getList("timeline.reason", String.class).contains(
                "A reference gives the applicant's own e-mail: no link was sent; the reviewer checks it by hand"),
                underReview.getString("timeline.reason"));
    }

    @Test
    void referenceLinksExpireAndTheReviewerChecksByHand() {
        String[] a = underReview();
        String id = a[1];
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE reference_check SET expires_at = now() - interval '1 minute' WHERE application_id = cast(?1 AS uuid)")
                .setParameter(1, id).executeUpdate());
        given().when().get("/api/v1/reference-checks/" + a[2])
                .then().statusCode(410).contentType(PROBLEM)
                .body("type", equalTo("https://mentorcred.org/problems/reference-check-expired"));
        given().contentType(ContentType.JSON).body(Map.of("confirmed", true))
                .when().post("/api/v1/reference-checks/" + a[2])
                .then().statusCode(410).body("type", equalTo("https://mentorcred.org/problems/reference-check-expired"));
        given().when().get("/api/v1/reference-checks/" + "A".repeat(43))
                .then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("https://mentorcred.org/problems/reference-check-not-found"));
        given().when().get("/api/v1/reference-checks/not-a-token").then().statusCode(404).contentType(PROBLEM);

        List<Map<String, Object>> checks = asReviewer().when().get("/api/v1/review/applications/" + id + "/reference-checks")
                .then().statusCode(200).extract().jsonPath().getList("");
        assertEquals(List.of(true, true), checks.stream().map(c -> c.get("linkExpired")).toList());
        String checkId = (String) checks.get(0).get("id");
        String path = "/api/v1/review/applications/" + id + "/reference-checks/" + checkId + "/outcome";
        asReviewer().contentType(ContentType.JSON).body(Map.of("method", "LINK", "confirmed", true))
                .when().post(path).then().statusCode(422).contentType(PROBLEM);
        asReviewer().contentType(ContentType.JSON).body(Map.of("method", "PHONE", "confirmed", false,
                "comment", "The referee does not remember this engagement"))
                .when().post(path)
                .then().statusCode(200).body("status", equalTo("DENIED")).body("method", equalTo("PHONE"))
                .body("recordedBy", equalTo("reviewer-1"));
        asReviewer().contentType(ContentType.JSON).body(Map.of("method", "EMAIL", "confirmed", true))
                .when().post(path)
                .then().statusCode(409).body("type", equalTo("https://mentorcred.org/problems/reference-check-answered"));
        Map<String, Object> item = queueItem(id);
        assertEquals(1, ((Map<?, ?>) item.get("referenceChecks")).get("denied"));
    }

    @Test
    void aLinkClickedTwiceAtOnceAnswersOnce() throws Exception {
        String[] a = underReview();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                boolean confirmed = i % 2 == 0;
                answers.add(pool.submit(() -> given().contentType(ContentType.JSON).body(Map.of("confirmed", confirmed))
                        .when().post("/api/v1/reference-checks/" + a[2]).then().extract().statusCode()));
            }
            List<Integer> codes = new ArrayList<>();
            for (java.util.concurrent.Future<Integer> f : answers) {
                codes.add(f.get());
            }
            assertEquals(1, codes.stream().filter(c -> c == 200).count(), codes::toString);
            assertEquals(3, codes.stream().filter(c -> c == 410).count(), codes::toString);
        } finally {
            pool.shutdownNow();
        }
        List<String> notes = application(a[0], a[1]).getList("timeline.findAll { it.kind == 'NOTE' }.reason");
        assertEquals(1, notes.stream().filter(n -> n.contains("through the link")).count(), notes::toString);
    }

    @Test
    void withdrawingDuringTheReviewClosesTheLinks() {
        String[] a = underReview();
        asApplicant(a[0]).contentType(ContentType.JSON).body(Map.of("reason", "Moving abroad"))
                .when().post("/api/v1/applications/" + a[1] + "/withdraw").then().statusCode(200);
        given().when().get("/api/v1/reference-checks/" + a[3])
                .then().statusCode(410).body("type", equalTo("https://mentorcred.org/problems/reference-check-closed"));
        assertTrue(queue().stream().noneMatch(i -> a[1].equals(i.get("applicationId"))), "no longer in the queue");
    }

    @Test
    void theDeskIsForReviewersAndAnApplicantSeesOnlyTheirOwnApplication() {
        String[] a = underReview();
        String id = a[1];
        String other = org.mentorcred.application.support.Fixtures.applicant();
        asApplicant(other).when().get("/api/v1/applications/" + id).then().statusCode(403).contentType(PROBLEM);
        asApplicant(a[0]).when().get("/api/v1/review/queue").then().statusCode(403).contentType(PROBLEM);
        given().when().get("/api/v1/review/queue").then().statusCode(401).contentType(PROBLEM);
        as("admin", "admin-1").when().get("/api/v1/review/queue").then().statusCode(200);
        as("admin", "admin-1").when().get("/api/v1/review/applications/" + id).then().statusCode(200)
                .body("status", equalTo("UNDER_REVIEW"));
        as("admin", "admin-1").when().post("/api/v1/review/applications/" + id + "/assignment").then().statusCode(403);
        asApplicant(a[0]).contentType(ContentType.JSON).body(Map.of("decision", "APPROVED"))
                .when().post("/api/v1/review/applications/" + id + "/decision").then().statusCode(403);
        asApplicant(a[0]).contentType(ContentType.JSON).body(Map.of("question", "Can I approve myself?"))
                .when().post("/api/v1/applications/" + id + "/information-requests").then().statusCode(403);
        asApplicant(a[0]).when().get("/api/v1/review/applications/" + id + "/reference-checks").then().statusCode(403);
        asApplicant(a[0]).when().get("/api/v1/admin/unexpected-events").then().statusCode(403);
        // The referee's link needs no login, and the OpenAPI document says so.
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/reference-checks/{token}'.get.security", org.hamcrest.Matchers.nullValue())
                .body("paths.'/api/v1/review/queue'.get.security[0]", org.hamcrest.Matchers.hasKey("SecurityScheme"));
    }

    // --- helpers ---------------------------------------------------------------------------------------

    static List<String> statusChanges(JsonPath app) {
        return app.getList("timeline.findAll { it.kind == 'STATUS_CHANGE' }.to");
    }

    static List<Map<String, Object>> queue() {
        List<Map<String, Object>> items = asReviewer().queryParam("size", 200).when().get("/api/v1/review/queue")
                .then().statusCode(200).extract().jsonPath().getList("items");
        List<String> targets = items.stream().map(i -> (String) i.get("targetDate")).toList();
        assertEquals(targets.stream().sorted().toList(), targets, "earliest target first");
        return items;
    }

    static Map<String, Object> queueItem(String applicationId) {
        return queue().stream().filter(i -> applicationId.equals(i.get("applicationId"))).findFirst()
                .orElseThrow(() -> new AssertionError("Application " + applicationId + " is not in the queue"));
    }
}
