package org.mentorcred.application.privacy;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.mentorcred.application.support.Fixtures.PROBLEM;
import static org.mentorcred.application.support.Fixtures.asApplicant;
import static org.mentorcred.application.support.Fixtures.asPartner;
import static org.mentorcred.application.support.Fixtures.asReviewer;
import static org.mentorcred.application.support.Fixtures.completeCpm;
import static org.mentorcred.application.support.Fixtures.completion;
import static org.mentorcred.application.support.Fixtures.createKey;
import static org.mentorcred.application.support.Fixtures.createProvider;
import static org.mentorcred.application.support.Fixtures.fresh;
import static org.mentorcred.application.support.Fixtures.open;
import static org.mentorcred.application.support.Fixtures.profile;
import static org.mentorcred.application.support.Fixtures.provider;
import static org.mentorcred.application.support.Fixtures.submit;
import static org.mentorcred.application.support.Fixtures.upload;
import static org.mentorcred.infra.test.TopicProbe.ofType;
import static org.mentorcred.infra.test.TopicProbe.withKey;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.mentorcred.application.credential.Issued;
import org.mentorcred.application.support.Fixtures;
import org.mentorcred.application.support.Journeys;
import org.mentorcred.infra.test.EventContracts;
import org.mentorcred.infra.test.TestProducer;
import org.mentorcred.infra.test.TopicProbe;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** GET /api/v1/me/export and POST /api/v1/me/erasure: an applicant's data, all of it, then none of it. */
@QuarkusTest
class PersonalDataTest {

    private static final String ERASED_TYPE = EventContracts.ceType("application-service", "ApplicantErased");
    private static final Duration WAIT = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    Issued issued;

    @Test
    void anApplicantExportsAllTheirDataThenIsErasedHereAndEverywhere() {
        String subject = fresh("gdpr");
        String email = subject + "@example.org";
        Fixtures.createProfile(subject, profile(email, 51.5, -0.12));
        String submitted = open(subject, "IMC_CPM");
        completeCpm(subject, submitted);
        String marker = "PRIVATE-" + UUID.randomUUID();
        upload(subject, submitted, "application/pdf", ("%PDF-1.4\n% " + marker + "\n").getBytes(StandardCharsets.US_ASCII))
                .statusCode(201);
        submit(subject, submitted).statusCode(200);
        String draft = open(subject, "IPMA_AM");
        String key = createKey(createProvider(provider("GDPR Academy " + fresh("g"), "ACCREDITED", 51.4, -0.9, true)));
        String record = asPartner(key).contentType(ContentType.JSON).body(completion("gdpr-" + subject, email))
                .when().post("/partner/v1/completions").then().statusCode(201).extract().path("id");

        asApplicant(subject).when().get("/api/v1/me/export")
                .then().statusCode(200)
                .body("subject", equalTo(subject))
                .body("profile.email", equalTo(email))
                .body("applications.id", containsInAnyOrder(submitted, draft))
                .body("applications.find { it.id == '" + submitted + "' }.evidence.engagements.menteeName",
                        hasItem("Jonas Berg"))
                .body("partnerRecords.id", hasItem(record))
                .body("documentContentUrls", hasSize(2))
                .body("elsewhere.service", containsInAnyOrder("eligibility-service", "payment-service", "exam-service",
                        "notification-service"));

        try (TopicProbe probe = TopicProbe.fromNow(bootstrap, "application-events")) {
            asApplicant(subject).when().post("/api/v1/me/erasure")
                    .then().statusCode(200)
                    .body("applications", containsInAnyOrder(submitted, draft))
                    .body("withdrawn", containsInAnyOrder(submitted, draft))
                    .body("documentsDeleted", equalTo(2));
            for (String application : List.of(submitted, draft)) {
                ConsumerRecord<String, String> event = probe.awaitOne(ofType(ERASED_TYPE).and(withKey(application)), WAIT);
                EventContracts.assertValid("application-service", "ApplicantErased", event.value());
                assertFalse(event.value().contains(email), "the event carries no personal data");
            }
        }

        asApplicant(subject).when().get("/api/v1/applicants/me")
                .then().statusCode(200)
                .body("name", equalTo("Erased"))
                .body("email", equalTo("erased-" + asApplicant(subject).get("/api/v1/applicants/me").path("id")
                        + "@erased.invalid"))
                .body("city", equalTo("Erased"));
        var application = asApplicant(subject).when().get("/api/v1/applications/{id}", submitted).then().statusCode(200);
        application.body("status", equalTo("WITHDRAWN"))
                .body("evidence.engagements.menteeName", everyItem(equalTo("Erased")))
                .body("evidence.engagements.menteeEmail", everyItem(nullValue()))
                .body("evidence.trainings.instructorName", everyItem(equalTo("Erased")))
                .body("evidence.supervision.supervisorName", nullValue())
                .body("evidence.supervision.supervisorEmail", nullValue())
                .body("documents.sizeBytes", everyItem(equalTo(0)));
        String document = application.extract().path("documents[0].documentId");
        byte[] content = asApplicant(subject).when()
                .get("/api/v1/applications/{a}/documents/{d}/content", submitted, document)
                .then().statusCode(200).extract().asByteArray();
        assertEquals(0, content.length);
        asPartner(key).when().get("/partner/v1/completions/{id}", record)
                .then().statusCode(200)
                .body("learnerName", equalTo("Erased"))
                .body("learnerEmail", org.hamcrest.Matchers.endsWith("@erased.invalid"));
        asApplicant(subject).when().get("/api/v1/me/export")
                .then().statusCode(200)
                .body("partnerRecords", hasSize(0))
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(email)));
        // Asking again is harmless.
        asApplicant(subject).when().post("/api/v1/me/erasure").then().statusCode(200).body("withdrawn", hasSize(0));
    }

    @Test
    void someoneWithoutAProfileHasNothingToErase() {
        asApplicant(fresh("nobody")).when().post("/api/v1/me/erasure")
                .then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("https://mentorcred.org/problems/profile-not-found"));
        asApplicant(fresh("nobody")).when().get("/api/v1/me/export")
                .then().statusCode(200).body("profile", nullValue()).body("applications", hasSize(0));
    }

    @Test
    void theReviewAndTheCredentialAreExportedThenAnonymisedYetTheCredentialStillVerifies() {
        String marker = "PRIVATE-" + UUID.randomUUID();
        String[] submitted = Journeys.submittedCpm();
        String subject = submitted[0];
        String id = submitted[1];
        try (TestProducer producer = new TestProducer(bootstrap)) {
            Journeys.payFee(producer, subject, id, "IMC_CPM");
        }
        Journeys.awaitStatus(subject, id, "UNDER_REVIEW");
        String questions = "/api/v1/applications/" + id + "/information-requests";
        String question = asReviewer().contentType(ContentType.JSON).body(Map.of("question", "Which school, " + marker + "?"))
                .when().post(questions).then().statusCode(201).extract().path("id");
        asApplicant(subject).contentType(ContentType.JSON).body(Map.of("answer", "The one in " + marker))
                .when().post(questions + "/" + question + "/answer").then().statusCode(200);
        String number = issued.approveAndIssue(id);
        String credential = "/api/v1/credentials/" + number;
        String holder = asApplicant(subject).contentType(ContentType.JSON).body(Map.of("listed", true))
                .when().put(credential + "/registry-listing")
                .then().statusCode(200).body("registryListed", equalTo(true)).extract().path("holderName");
        Instant expiresAt = Instant.now().plus(Duration.ofDays(60)).truncatedTo(ChronoUnit.SECONDS);
        Instant issuedAt = expiresAt.atOffset(ZoneOffset.UTC).minusYears(2).toInstant();
        issued.setValidity(number, issuedAt, expiresAt);
        asApplicant(subject).contentType(ContentType.JSON)
                .body(renewal(issuedAt.atOffset(ZoneOffset.UTC).toLocalDate(), "Supervisor " + marker, "Busy, " + marker))
                .when().post(credential + "/renewals").then().statusCode(201);

        asApplicant(subject).when().get("/api/v1/me/export")
                .then().statusCode(200)
                .body("reviews.applicationId", containsInAnyOrder(id))
                .body("informationRequests.question", containsInAnyOrder("Which school, " + marker + "?"))
                .body("informationRequests.answer", containsInAnyOrder("The one in " + marker))
                .body("referenceChecks", hasSize(2))
                .body("referenceChecks.refereeName", everyItem(org.hamcrest.Matchers.not(equalTo("Erased"))))
                .body("applications[0].timeline.reason", hasItem("Reviewer asked: Which school, " + marker + "?"))
                .body("credentials.number", containsInAnyOrder(number))
                .body("credentials[0].holderName", equalTo(holder))
                .body("credentials[0].history", org.hamcrest.Matchers.not(hasSize(0)))
                .body("renewals.credentialNumber", containsInAnyOrder(number))
                .body("renewals[0].statement", equalTo("Busy, " + marker))
                .body("renewals[0].supervisionSessions.supervisorName", everyItem(equalTo("Supervisor " + marker)));

        asApplicant(subject).when().post("/api/v1/me/erasure").then().statusCode(200)
                .body("applications", containsInAnyOrder(id))
                .body("withdrawn", hasSize(0));

        asApplicant(subject).when().get("/api/v1/me/export")
                .then().statusCode(200)
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(marker)))
                .body("informationRequests.question", everyItem(equalTo("Erased")))
                .body("informationRequests.answer", everyItem(equalTo("Erased")))
                .body("referenceChecks", hasSize(2))
                .body("referenceChecks.refereeName", everyItem(equalTo("Erased")))
                .body("referenceChecks.refereeEmail", everyItem(nullValue()))
                .body("referenceChecks.menteeName", everyItem(equalTo("Erased")))
                .body("credentials[0].registryListed", equalTo(false))
                .body("renewals[0].totalPdus", equalTo(40.0f))
                .body("renewals[0].statement", equalTo("Erased"))
                .body("renewals[0].supervisionSessions", hasSize(10))
                .body("renewals[0].supervisionSessions.supervisorName", everyItem(equalTo("Erased")))
                .body("applications[0].timeline.reason", hasItem("Paid; the application goes to a reviewer"));
        // What the registry needs stays: the credential still verifies by its number, with the name it was awarded to.
        io.restassured.RestAssured.given().when().get(credential + "/verification")
                .then().statusCode(200)
                .body("credentialNumber", equalTo(number))
                .body("holderName", equalTo(holder))
                .body("status", equalTo("ACTIVE"));
    }

    /** 40 PDUs and five supervision sessions in each of the two years from {@code periodStart}. */
    private static Map<String, Object> renewal(LocalDate periodStart, String supervisor, String statement) {
        List<Map<String, Object>> sessions = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sessions.add(Map.of("date", periodStart.plusMonths(1 + 2L * i).toString(), "supervisorName", supervisor,
                    "minutes", 60));
            sessions.add(Map.of("date", periodStart.plusYears(1).plusMonths(1 + i).toString(), "supervisorName",
                    supervisor, "minutes", 60));
        }
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("activities", List.of(Map.of("title", "Advanced Mentoring Conversations", "provider",
                "Mentoring Academy", "completedOn", periodStart.plusMonths(3).toString(), "pdus", 40)));
        request.put("supervisionSessions", sessions);
        request.put("statement", statement);
        return request;
    }
}
