package org.mentorcred.application.process;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorcred.application.support.Fixtures.as;
import static org.mentorcred.application.support.Fixtures.asPartner;
import static org.mentorcred.application.support.Fixtures.completion;
import static org.mentorcred.application.support.Fixtures.createKey;
import static org.mentorcred.application.support.Fixtures.createProfile;
import static org.mentorcred.application.support.Fixtures.createProvider;
import static org.mentorcred.application.support.Fixtures.fresh;
import static org.mentorcred.application.support.Fixtures.open;
import static org.mentorcred.application.support.Fixtures.post;
import static org.mentorcred.application.support.Fixtures.profile;
import static org.mentorcred.application.support.Fixtures.provider;
import static org.mentorcred.application.support.Fixtures.put;
import static org.mentorcred.application.support.Fixtures.submit;
import static org.mentorcred.application.support.Fixtures.uploadPdf;
import static org.mentorcred.application.support.Journeys.APPLICATION_EVENTS;
import static org.mentorcred.application.support.Journeys.DECIDED;
import static org.mentorcred.application.support.Journeys.EXAM_AUTHORIZED;
import static org.mentorcred.application.support.Journeys.EXAM_EVENTS;
import static org.mentorcred.application.support.Journeys.WAIT;
import static org.mentorcred.application.support.Journeys.application;
import static org.mentorcred.application.support.Journeys.assertCredentialIssued;
import static org.mentorcred.application.support.Journeys.awaitStatus;
import static org.mentorcred.application.support.Journeys.examBooked;
import static org.mentorcred.application.support.Journeys.examResult;
import static org.mentorcred.application.support.Journeys.payFee;
import static org.mentorcred.application.support.Journeys.read;
import static org.mentorcred.application.support.Journeys.send;
import static org.mentorcred.application.support.Journeys.submittedIpma;
import static org.mentorcred.infra.test.TopicProbe.ofType;
import static org.mentorcred.infra.test.TopicProbe.withKey;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorcred.application.process.service.RetakeJob;
import org.mentorcred.infra.test.EventContracts;
import org.mentorcred.infra.test.TestProducer;
import org.mentorcred.infra.test.TestTokens;
import org.mentorcred.infra.test.TopicProbe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * IPMA: paid → training complete → ExamAuthorized → booked → passed (review, approval, the 5-year credential) or failed
 * (retakes) → rejection.
 */
@QuarkusTest
class IpmaExamJourneyTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    RetakeJob retakes;

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

    static String partnerKey(String type) {
        return createKey(createProvider(provider(fresh("Mentor Training Partners"), type, 51.45, -0.97, true)));
    }

    static Map<String, Object> record(String email, String level, String mode, double hours, double days) {
        Map<String, Object> c = completion(fresh("ENR"), email);
        c.put("level", level);
        c.put("mode", mode);
        c.put("hours", hours);
        c.put("inPersonDays", days);
        return c;
    }

    static void report(String key, Map<String, Object> record) {
        asPartner(key).contentType(ContentType.JSON).body(record).when().post("/partner/v1/completions")
                .then().statusCode(201);
    }

    JsonNode awaitAuthorization(String id, int count) {
        List<ConsumerRecord<String, String>> all = probe.await(ofType(EXAM_AUTHORIZED).and(withKey(id)), count, WAIT);
        ConsumerRecord<String, String> last = all.get(count - 1);
        EventContracts.assertValid("application-service", "ExamAuthorized", last.value());
        return read(last.value());
    }

    @Test
    void aPaidPmCandidateWaitsForTheTrainingThenPassesTheExamAndIsApproved() {
        String[] a = submittedIpma("IPMA_PM");
        String subject = a[0];
        String id = a[1];
        String email = subject + "@example.org";
        payFee(producer, subject, id, "IPMA_PM");

        JsonPath waiting = awaitStatus(subject, id, "AWAITING_TRAINING");
        assertEquals("COMPLETE_TRAINING", waiting.getString("nextStep.code"));
        assertTrue(waiting.getString("nextStep.text").contains("the PM training course"), waiting.getString("nextStep.text"));

        // Another level's course does not count; the PM course does, at once (in the partner's request).
        String key = partnerKey("QTSP");
        report(key, record(email, "SM", "ONLINE", 20, 0));
        assertEquals("AWAITING_TRAINING", application(subject, id).getString("status"));
        report(key, record(email.toUpperCase(), "PM", "BLENDED", 24, 2));
        assertEquals("EXAM_AUTHORIZED", application(subject, id).getString("status"));

        JsonNode authorized = awaitAuthorization(id, 1);
        assertEquals("PM", authorized.get("level").asText());
        assertEquals("IPMA_PM", authorized.get("programme").asText());
        assertEquals(3, authorized.get("attemptsAllowed").asInt());
        assertEquals(0, authorized.get("attemptsUsed").asInt());
        assertEquals(subject, authorized.at("/candidate/subject").asText());
        assertEquals("BOOK_EXAM", application(subject, id).getString("nextStep.code"));
        String authorizationId = authorized.get("authorizationId").asText();

        ObjectNode booked = examBooked(id, authorizationId, 1);
        send(producer, EXAM_EVENTS, "exam-service", "ExamBooked", booked);
        JsonPath sitting = awaitStatus(subject, id, "EXAM_BOOKED");
        assertEquals("SIT_EXAM", sitting.getString("nextStep.code"));
        assertTrue(sitting.getString("nextStep.text").contains("MentorCred Testing Centre London"));

        send(producer, EXAM_EVENTS, "exam-service", "ExamResultRecorded",
                examResult(id, booked.get("bookingId").asText(), true, 1, 3, null));
        JsonPath review = awaitStatus(subject, id, "UNDER_REVIEW");
        List<String> changes = CpmReviewJourneyTest.statusChanges(review);
        assertEquals(List.of("PAID", "AWAITING_TRAINING", "EXAM_AUTHORIZED", "EXAM_BOOKED", "EXAM_PASSED", "UNDER_REVIEW"),
                changes.subList(changes.indexOf("PAID"), changes.size()));
        // The training came from a QTSP: 4 weeks.
        as("reviewer", "reviewer-pm").when().get("/api/v1/review/applications/" + id)
                .then().statusCode(200).body("targetBasis", equalTo("QTSP"))
                .body("targetDate", equalTo(LocalDate.now(ZoneOffset.UTC).plusWeeks(4).toString()));

        as("reviewer", "reviewer-pm").contentType(ContentType.JSON).body(Map.of("decision", "APPROVED"))
                .when().post("/api/v1/review/applications/" + id + "/decision")
                .then().statusCode(200).body("status", equalTo("APPROVED"));
        JsonNode decided = read(probe.awaitOne(ofType(DECIDED).and(withKey(id)), WAIT).value());
        EventContracts.assertValid("application-service", "ApplicationDecided", decided.toString());
        assertEquals("APPROVED", decided.get("decision").asText());
        assertEquals("IPMA_PM", decided.get("programme").asText());

        // The Professional Mentor credential, valid for 5 years.
        String number = assertCredentialIssued(probe, subject, id, "IPMA_PM", Period.ofYears(5));
        assertTrue(number.contains("IPMA-PM"), number);
        given().when().get("/api/v1/credentials/" + number + "/verification").then().statusCode(200)
                .body("programmeName", equalTo("Level 2 Professional Mentor")).body("level", equalTo(2));
    }

    /** An AM candidate whose 32 online hours are in before payment is authorised at once. */
    String[] authorizedAm() {
        String[] a = submittedIpma("IPMA_AM");
        String key = partnerKey("ACCREDITED");
        report(key, record(a[0] + "@example.org", "AM", "ONLINE", 20, 0));
        report(key, record(a[0] + "@example.org", "AM", "BLENDED", 12, 1));
        payFee(producer, a[0], a[1], "IPMA_AM");
        awaitStatus(a[0], a[1], "EXAM_AUTHORIZED");
        return a;
    }

    @Test
    void aFailedExamWithAttemptsLeftIsRetakenAndTheLastFailureRejectsTheApplication() {
        String[] a = authorizedAm();
        String subject = a[0];
        String id = a[1];
        String authorizationId = awaitAuthorization(id, 1).get("authorizationId").asText();

        for (int attempt = 1; attempt <= 2; attempt++) {
            ObjectNode booked = examBooked(id, authorizationId, attempt);
            send(producer, EXAM_EVENTS, "exam-service", "ExamBooked", booked);
            awaitStatus(subject, id, "EXAM_BOOKED");
            // The waiting period is over today (first) or not given (second): the retake is authorised at once.
            String retakeFrom = attempt == 1 ? LocalDate.now(ZoneOffset.UTC).toString() : null;
            send(producer, EXAM_EVENTS, "exam-service", "ExamResultRecorded",
                    examResult(id, booked.get("bookingId").asText(), false, attempt, 3, retakeFrom));

            JsonNode retake = awaitAuthorization(id, attempt + 1);
            assertEquals(authorizationId, retake.get("authorizationId").asText(), "one authorisation, re-announced");
            assertEquals(attempt, retake.get("attemptsUsed").asInt());
            JsonPath again = awaitStatus(subject, id, "EXAM_AUTHORIZED");
            List<String> changes = CpmReviewJourneyTest.statusChanges(again);
            assertEquals(List.of("EXAM_BOOKED", "EXAM_FAILED", "EXAM_AUTHORIZED"),
                    changes.subList(changes.size() - 3, changes.size()));
            assertTrue(again.getString("nextStep.text").contains((3 - attempt) + " of 3 attempts left"),
                    again.getString("nextStep.text"));
        }

        ObjectNode last = examBooked(id, authorizationId, 3);
        send(producer, EXAM_EVENTS, "exam-service", "ExamBooked", last);
        awaitStatus(subject, id, "EXAM_BOOKED");
        send(producer, EXAM_EVENTS, "exam-service", "ExamResultRecorded",
                examResult(id, last.get("bookingId").asText(), false, 3, 3, null));

        JsonPath rejected = awaitStatus(subject, id, "REJECTED");
        assertEquals("NONE", rejected.getString("nextStep.code"));
        List<String> changes = CpmReviewJourneyTest.statusChanges(rejected);
        assertEquals(List.of("EXAM_BOOKED", "EXAM_FAILED", "REJECTED"), changes.subList(changes.size() - 3, changes.size()));
        JsonNode decided = read(probe.awaitOne(ofType(DECIDED).and(withKey(id)), WAIT).value());
        EventContracts.assertValid("application-service", "ApplicationDecided", decided.toString());
        assertEquals("REJECTED", decided.get("decision").asText());
        assertTrue(decided.get("reasons").get(0).asText().startsWith("All 3 attempts at the AM exam were failed"),
                decided.toString());
        assertEquals(3, probe.records(ofType(EXAM_AUTHORIZED).and(withKey(id))).size(), "no fourth authorisation");
    }

    /** A no-show (exam-service's job) is a failed attempt: the timeline says so and the retake follows as usual. */
    @Test
    void aNoShowIsAFailedAttemptAndTheRetakeFollows() {
        String[] a = authorizedAm();
        String subject = a[0];
        String id = a[1];
        String authorizationId = awaitAuthorization(id, 1).get("authorizationId").asText();
        ObjectNode booked = examBooked(id, authorizationId, 1);
        send(producer, EXAM_EVENTS, "exam-service", "ExamBooked", booked);
        awaitStatus(subject, id, "EXAM_BOOKED");
        ObjectNode noShow = examResult(id, booked.get("bookingId").asText(), false, 1, 3,
                LocalDate.now(ZoneOffset.UTC).toString());
        noShow.put("weightedScore", 0).put("noShow", true);
        send(producer, EXAM_EVENTS, "exam-service", "ExamResultRecorded", noShow);

        assertEquals(1, awaitAuthorization(id, 2).get("attemptsUsed").asInt(), "the no-show used an attempt");
        JsonPath app = awaitStatus(subject, id, "EXAM_AUTHORIZED");
        List<String> reasons = app.getList("timeline.findAll { it.to == 'EXAM_FAILED' }.reason");
        assertEquals(1, reasons.size(), reasons::toString);
        assertTrue(reasons.get(0).contains("did not attend"), reasons::toString);
    }

    @Test
    void aRetakeIsAuthorisedWhenItsWaitingPeriodEnds() {
        String[] a = authorizedAm();
        String subject = a[0];
        String id = a[1];
        String authorizationId = awaitAuthorization(id, 1).get("authorizationId").asText();
        ObjectNode booked = examBooked(id, authorizationId, 1);
        send(producer, EXAM_EVENTS, "exam-service", "ExamBooked", booked);
        awaitStatus(subject, id, "EXAM_BOOKED");
        LocalDate retakeFrom = LocalDate.now(ZoneOffset.UTC).plusDays(30);
        send(producer, EXAM_EVENTS, "exam-service", "ExamResultRecorded",
                examResult(id, booked.get("bookingId").asText(), false, 1, 3, retakeFrom.toString()));

        JsonPath failed = awaitStatus(subject, id, "EXAM_FAILED");
        assertEquals("AWAIT_RETAKE", failed.getString("nextStep.code"));
        assertTrue(failed.getString("nextStep.text").contains(retakeFrom.toString()), failed.getString("nextStep.text"));

        retakes.runDue(retakeFrom.minusDays(1));
        assertEquals("EXAM_FAILED", application(subject, id).getString("status"));
        retakes.runDue(retakeFrom);
        assertEquals("EXAM_AUTHORIZED", application(subject, id).getString("status"));
        JsonNode retake = awaitAuthorization(id, 2);
        assertEquals(authorizationId, retake.get("authorizationId").asText());
        assertEquals(1, retake.get("attemptsUsed").asInt());
        retakes.runDue(retakeFrom);
        assertEquals(2, probe.records(ofType(EXAM_AUTHORIZED).and(withKey(id))).size(), "authorised once");
    }

    @Test
    void theFastTrackNeedsFiveDaysAndFortyOnlineHoursFromItsAssignedQtsp() {
        // An applicant in Nairobi; a QTSP right there is the nearest.
        String assignedKey = createKey(createProvider(provider(fresh("Nairobi QTSP"), "QTSP", -1.2921, 36.8219, true)));
        String otherKey = partnerKey("QTSP");
        String subject = fresh("elite");
        Map<String, Object> profile = profile(subject + "@example.org", -1.2921, 36.8219);
        profile.put("country", "KE");
        profile.put("city", "Nairobi");
        createProfile(subject, profile);
        String id = open(subject, "IPMA_SM_FAST_TRACK");
        String base = "/api/v1/applications/" + id;
        String proof = uploadPdf(subject, id);
        put(subject, base + "/education", Map.of("level", "MASTER", "institution", "University of Nairobi",
                "qualification", "MBA", "awardedOn", "2005-06-01")).statusCode(200);
        put(subject, base + "/experience", Map.of("seniorManagementYears", 12, "headOfInstitution", false,
                "mentoringCoachingYears", 0)).statusCode(200);
        put(subject, base + "/ethics", Map.of("accepted", true, "codeVersion", "2024-01")).statusCode(200);
        post(subject, base + "/credentials-held", Map.of("body", "EMCC", "credential", "Senior Practitioner",
                "internationalBody", true, "awardedOn", "2018-09-01", "documentId", proof)).statusCode(201);
        submit(subject, id).statusCode(200).body("trainingProvider.status", equalTo("ASSIGNED"));
        payFee(producer, subject, id, "IPMA_SM_FAST_TRACK");
        awaitStatus(subject, id, "AWAITING_TRAINING");

        String email = subject + "@example.org";
        report(otherKey, record(email, "SM", "IN_PERSON", 40, 5));
        report(otherKey, record(email, "SM", "ONLINE", 40, 0));
        assertEquals("AWAITING_TRAINING", application(subject, id).getString("status"), "another QTSP's records do not count");
        report(assignedKey, record(email, "SM", "IN_PERSON", 35, 5));
        JsonPath halfway = application(subject, id);
        assertEquals("AWAITING_TRAINING", halfway.getString("status"));
        assertTrue(halfway.getString("nextStep.text").contains("40 more hours"), halfway.getString("nextStep.text"));
        report(assignedKey, record(email, null, "ONLINE", 40, 0));
        assertEquals("EXAM_AUTHORIZED", application(subject, id).getString("status"));
        JsonNode authorized = awaitAuthorization(id, 1);
        assertEquals("SM", authorized.get("level").asText());
        assertEquals("IPMA_SM_FAST_TRACK", authorized.get("programme").asText());
    }

    @Test
    void trainingReportedForAnUnverifiedAddressCountsOnceTheIdentityProviderVouchesForIt() {
        // The profile is saved with a token that names the address without vouching for it.
        String subject = fresh("unverified");
        String email = subject + "@example.org";
        String etag = given().header("Authorization", "Bearer " + TestTokens.token("applicant", subject, email, false))
                .contentType(ContentType.JSON).body(profile(email, 51.5072, -0.1276))
                .when().put("/api/v1/applicants/me").then().statusCode(201).body("emailVerified", equalTo(false))
                .extract().header("ETag");
        String id = submittedIpma(subject, "IPMA_AM");
        payFee(producer, subject, id, "IPMA_AM");
        awaitStatus(subject, id, "AWAITING_TRAINING");

        report(partnerKey("QTSP"), record(email, "AM", "ONLINE", 32, 0));
        assertEquals("AWAITING_TRAINING", application(subject, id).getString("status"), "an unverified address's records");

        // Saved again with a token that vouches for it (Fixtures' default): the waiting records count at once.
        as("applicant", subject).contentType(ContentType.JSON).header("If-Match", etag).body(profile(email, 51.5072, -0.1276))
                .when().put("/api/v1/applicants/me").then().statusCode(200).body("emailVerified", equalTo(true));
        JsonPath authorized = application(subject, id);
        assertEquals("EXAM_AUTHORIZED", authorized.getString("status"));
        assertTrue(authorized.getList("timeline.reason", String.class).stream().anyMatch(
                r -> r != null && r.startsWith("Training complete") && r.endsWith("the applicant's e-mail was verified")),
                authorized.getString("timeline.reason"));
        assertEquals("AM", awaitAuthorization(id, 1).get("level").asText());
    }
}
