package org.mentorcred.exam;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.mentorcred.exam.common.TimeSource;
import org.mentorcred.infra.test.EventContracts;
import org.mentorcred.infra.test.TestProducer;
import org.mentorcred.infra.test.TestTokens;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusMock;
import io.restassured.http.ContentType;

/** Centres, sessions, authorised candidates and bookings for the service tests, each with fresh ids. */
public final class ExamFixtures {

    public static final String APPLICATION_EVENTS = "application-events";
    public static final String EXAM_EVENTS = "exam-events";
    public static final String EXAM_AUTHORIZED = EventContracts.ceType("application-service", "ExamAuthorized");
    public static final String APPLICATION_WITHDRAWN = EventContracts.ceType("application-service", "ApplicationWithdrawn");

    /** A candidate application-service authorised (ExamAuthorized), as exam-service knows them. */
    public record Candidate(String subject, String applicationId, String authorizationId, String applicantId,
            String level) {

        public String bearer() {
            return applicant(subject);
        }
    }

    private ExamFixtures() {
    }

    public static String admin() {
        return TestTokens.bearer("admin", "admin-1");
    }

    public static String proctor() {
        return TestTokens.bearer("proctor", "proctor-1");
    }

    public static String applicant(String subject) {
        return TestTokens.bearer("applicant", subject);
    }

    public static Map<String, Object> centreBody(String name, String country, String city, double latitude,
            double longitude, String timeZone, int seats) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("address", "1 Example Street");
        body.put("city", city);
        body.put("country", country);
        body.put("latitude", latitude);
        body.put("longitude", longitude);
        body.put("timeZone", timeZone);
        body.put("seatsPerSession", seats);
        return body;
    }

    public static String createCentre(Map<String, Object> body) {
        return given().header("Authorization", admin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/centres")
                .then().statusCode(201).extract().path("id");
    }

    /** A London centre with a unique name. */
    public static String centre(int seats) {
        return createCentre(centreBody("London centre " + UUID.randomUUID(), "GB", "London", 51.5072, -0.1276,
                "Europe/London", seats));
    }

    /** An admin-added session; level null: open to every level. */
    public static String session(String centreId, String level, Instant startsAt, int seats) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("centreId", centreId);
        body.put("level", level);
        body.put("startsAt", startsAt.toString());
        body.put("seats", seats);
        return given().header("Authorization", admin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/sessions")
                .then().statusCode(201).extract().path("id");
    }

    /** A whole hour {@code days} from now, so sessions of one test never collide on a slot. */
    public static Instant daysAhead(int days) {
        return Instant.now().plus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    }

    /** The producer's ExamAuthorized example for a fresh candidate, application and authorisation. */
    public static ObjectNode examAuthorized(String subject, String level, int attemptsAllowed) {
        ObjectNode event = (ObjectNode) EventContracts.exampleTree("application-service", "ExamAuthorized");
        event.put("applicationId", UUID.randomUUID().toString());
        event.put("authorizationId", UUID.randomUUID().toString());
        event.put("level", level);
        event.put("programme", "IPMA_" + level);
        event.put("attemptsAllowed", attemptsAllowed);
        ObjectNode candidate = (ObjectNode) event.get("candidate");
        candidate.put("applicantId", UUID.randomUUID().toString());
        candidate.put("subject", subject);
        return event;
    }

    /** Sends ExamAuthorized through the broker and waits until exam-service knows the authorisation. */
    public static Candidate authorize(TestProducer producer, String level, int attemptsAllowed) {
        Candidate candidate = send(producer, examAuthorized("candidate-" + UUID.randomUUID(), level, attemptsAllowed));
        awaitAuthorized(candidate);
        return candidate;
    }

    public static Candidate send(TestProducer producer, ObjectNode event) {
        producer.sendEvent(APPLICATION_EVENTS, event.get("applicationId").asText(), EXAM_AUTHORIZED, event.toString());
        return new Candidate(event.at("/candidate/subject").asText(), event.get("applicationId").asText(),
                event.get("authorizationId").asText(), event.at("/candidate/applicantId").asText(),
                event.get("level").asText());
    }

    public static void awaitAuthorized(Candidate candidate) {
        await().atMost(Duration.ofSeconds(30)).until(() -> isAuthorized(candidate));
    }

    public static boolean isAuthorized(Candidate candidate) {
        return given().header("Authorization", candidate.bearer()).queryParam("applicationId", candidate.applicationId())
                .when().get("/api/v1/authorizations")
                .then().statusCode(200).extract().<Integer>path("total") == 1;
    }

    public static String book(Candidate candidate, String sessionId) {
        return given().header("Authorization", candidate.bearer()).contentType(ContentType.JSON)
                .body(Map.of("sessionId", sessionId))
                .when().post("/api/v1/bookings")
                .then().statusCode(201).extract().path("id");
    }

    /** From now until the end of the test, exam-service believes it is {@code instant}. */
    public static void travelTo(Instant instant) {
        QuarkusMock.installMockForType(new FixedTime(instant), TimeSource.class);
    }

    static final class FixedTime extends TimeSource {

        private final Instant now;

        FixedTime(Instant now) {
            this.now = now.truncatedTo(ChronoUnit.MICROS);
        }

        @Override
        public Instant now() {
            return now;
        }
    }
}
