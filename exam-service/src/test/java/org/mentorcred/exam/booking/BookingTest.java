package org.mentorcred.exam.booking;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorcred.exam.ExamFixtures.EXAM_EVENTS;
import static org.mentorcred.exam.ExamFixtures.authorize;
import static org.mentorcred.exam.ExamFixtures.book;
import static org.mentorcred.exam.ExamFixtures.centre;
import static org.mentorcred.exam.ExamFixtures.daysAhead;
import static org.mentorcred.exam.ExamFixtures.proctor;
import static org.mentorcred.exam.ExamFixtures.session;
import static org.mentorcred.exam.ExamFixtures.travelTo;
import static org.mentorcred.infra.test.TopicProbe.ofType;
import static org.mentorcred.infra.test.TopicProbe.withKey;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorcred.exam.ExamFixtures;
import org.mentorcred.exam.ExamFixtures.Candidate;
import org.mentorcred.infra.test.EventContracts;
import org.mentorcred.infra.test.TestProducer;
import org.mentorcred.infra.test.TestTokens;
import org.mentorcred.infra.test.TopicProbe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class BookingTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Duration WAIT = Duration.ofSeconds(30);
    static final String PROBLEM = "application/problem+json";
    static final String BOOKED = EventContracts.ceType("exam-service", "ExamBooked");
    static final String CANCELLED = EventContracts.ceType("exam-service", "ExamBookingCancelled");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    TestProducer producer;
    TopicProbe events;

    @BeforeEach
    void connect() {
        producer = new TestProducer(bootstrap);
        events = TopicProbe.fromNow(bootstrap, EXAM_EVENTS);
    }

    @AfterEach
    void disconnect() {
        producer.close();
        events.close();
    }

    @Test
    void anAuthorisedCandidateBooksASeatOfTheirLevelAndExamBookedIsPublished() throws Exception {
        Candidate amara = authorize(producer, "PM", 3);
        String centre = centre(20);
        Instant startsAt = daysAhead(40);
        String sessionId = session(centre, "PM", startsAt, 20);

        ExtractableResponse<Response> created = post(amara, "/api/v1/bookings", Map.of("sessionId", sessionId))
                .statusCode(201)
                .body("status", equalTo("BOOKED"))
                .body("level", equalTo("PM"))
                .body("attemptNumber", equalTo(1))
                .body("authorizationId", equalTo(amara.authorizationId()))
                .body("session.id", equalTo(sessionId))
                .body("session.seatsTaken", equalTo(1))
                .body("changeableUntil", equalTo(startsAt.minus(7, ChronoUnit.DAYS).toString()))
                .extract();
        String bookingId = created.path("id");
        assertEquals("/api/v1/bookings/" + bookingId, URI.create(created.header("Location")).getPath());

        JsonNode event = event(BOOKED, amara.applicationId());
        assertEquals(bookingId, event.get("bookingId").asText());
        assertEquals(amara.authorizationId(), event.get("authorizationId").asText());
        assertEquals(amara.applicantId(), event.get("candidateId").asText());
        assertEquals("PM", event.get("level").asText());
        assertEquals(sessionId, event.at("/session/sessionId").asText());
        assertEquals(startsAt, Instant.parse(event.at("/session/startsAt").asText()));
        assertEquals(centre, event.at("/session/centre/centreId").asText());
        assertEquals("GB", event.at("/session/centre/country").asText());
        assertEquals(1, event.get("attemptNumber").asInt());
        assertTrue(event.get("rescheduledFromSessionId").isNull());
    }

    @Test
    void aCandidateWithoutAnAuthorisationGets403() {
        String sessionId = session(centre(20), "PM", daysAhead(40), 20);
        given().header("Authorization", TestTokens.bearer("applicant", "never-authorised-" + UUID.randomUUID()))
                .contentType(ContentType.JSON).body(Map.of("sessionId", sessionId))
                .when().post("/api/v1/bookings")
                .then().statusCode(403).contentType(PROBLEM)
                .body("type", equalTo("https://mentorcred.org/problems/not-authorized"));
        given().header("Authorization", TestTokens.bearer("applicant", "never-authorised-" + UUID.randomUUID()))
                .when().get("/api/v1/sessions/" + sessionId)
                .then().statusCode(200).body("seatsTaken", equalTo(0));
    }

    @Test
    void someoneElsesAuthorisationDoesNotAuthorise() {
        Candidate amara = authorize(producer, "PM", 3);
        String sessionId = session(centre(20), "PM", daysAhead(40), 20);
        given().header("Authorization", TestTokens.bearer("applicant", "intruder-" + UUID.randomUUID()))
                .contentType(ContentType.JSON)
                .body(Map.of("sessionId", sessionId, "authorizationId", amara.authorizationId()))
                .when().post("/api/v1/bookings")
                .then().statusCode(403).body("type", equalTo("https://mentorcred.org/problems/not-authorized"));
    }

    @Test
    void onlyApplicantsBook() {
        String sessionId = session(centre(20), "PM", daysAhead(40), 20);
        given().header("Authorization", proctor()).contentType(ContentType.JSON).body(Map.of("sessionId", sessionId))
                .when().post("/api/v1/bookings")
                .then().statusCode(403).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(Map.of("sessionId", sessionId))
                .when().post("/api/v1/bookings")
                .then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void aSessionOfAnotherLevelIs422AndAnAllLevelsSessionAdmitsEveryLevel() {
        Candidate amara = authorize(producer, "PM", 3);
        String centre = centre(20);
        String smSession = session(centre, "SM", daysAhead(40), 20);
        String allLevels = session(centre, null, daysAhead(41), 20);

        post(amara, "/api/v1/bookings", Map.of("sessionId", smSession))
                .statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("https://mentorcred.org/problems/wrong-level"))
                .body("violations[0].field", equalTo("sessionId"));
        post(amara, "/api/v1/bookings", Map.of("sessionId", allLevels))
                .statusCode(201).body("level", equalTo("PM")).body("session.level", nullValue());
    }

    @Test
    void oneActiveBookingPerAuthorisation() {
        Candidate amara = authorize(producer, "PM", 3);
        String centre = centre(20);
        String first = session(centre, "PM", daysAhead(40), 20);
        String second = session(centre, "PM", daysAhead(41), 20);
        String bookingId = book(amara, first);

        post(amara, "/api/v1/bookings", Map.of("sessionId", second))
                .statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://mentorcred.org/problems/already-booked"))
                .body("bookingId", equalTo(bookingId));
        given().when().get("/api/v1/sessions/" + second).then().body("seatsTaken", equalTo(0));
    }

    @Test
    void aFullSessionIs409AndACancelledOneToo() {
        String centre = centre(20);
        String small = session(centre, "AM", daysAhead(40), 1);
        book(authorize(producer, "AM", 3), small);
        post(authorize(producer, "AM", 3), "/api/v1/bookings", Map.of("sessionId", small))
                .statusCode(409).body("type", equalTo("https://mentorcred.org/problems/session-full"));

        String cancelled = session(centre, "AM", daysAhead(41), 5);
        given().header("Authorization", ExamFixtures.admin()).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/sessions/" + cancelled + "/cancel").then().statusCode(200);
        post(authorize(producer, "AM", 3), "/api/v1/bookings", Map.of("sessionId", cancelled))
                .statusCode(409).body("type", equalTo("https://mentorcred.org/problems/session-cancelled"));
    }

    @Test
    void aCandidateCancelsBeforeTheCutoffAndTheSeatIsFreed() throws Exception {
        Candidate amara = authorize(producer, "SM", 3);
        String sessionId = session(centre(20), "SM", daysAhead(30), 20);
        String bookingId = book(amara, sessionId);

        given().header("Authorization", amara.bearer()).when().post("/api/v1/bookings/" + bookingId + "/cancel")
                .then().statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("cancelReason", equalTo("CANDIDATE"))
                .body("session.seatsTaken", equalTo(0));

        JsonNode event = event(CANCELLED, amara.applicationId());
        assertEquals(bookingId, event.get("bookingId").asText());
        assertEquals("CANDIDATE", event.get("reason").asText());
        assertEquals(sessionId, event.at("/session/sessionId").asText());

        given().header("Authorization", amara.bearer()).when().post("/api/v1/bookings/" + bookingId + "/cancel")
                .then().statusCode(409).body("type", equalTo("https://mentorcred.org/problems/booking-not-active"));
        // The authorisation is free again: a new booking is possible.
        book(amara, sessionId);
    }

    @Test
    void rescheduleMovesTheSeatAndPublishesCancelledThenBooked() throws Exception {
        Candidate amara = authorize(producer, "MM", 3);
        String centre = centre(20);
        String from = session(centre, "MM", daysAhead(30), 20);
        String to = session(centre, null, daysAhead(60), 20);
        String oldBooking = book(amara, from);

        String newBooking = post(amara, "/api/v1/bookings/" + oldBooking + "/reschedule", Map.of("sessionId", to))
                .statusCode(201)
                .body("session.id", equalTo(to))
                .body("status", equalTo("BOOKED"))
                .body("rescheduledFromBookingId", equalTo(oldBooking))
                .body("rescheduledFromSessionId", equalTo(from))
                .body("attemptNumber", equalTo(1))
                .extract().path("id");

        given().when().get("/api/v1/sessions/" + from).then().body("seatsTaken", equalTo(0));
        given().when().get("/api/v1/sessions/" + to).then().body("seatsTaken", equalTo(1));
        given().header("Authorization", amara.bearer()).when().get("/api/v1/bookings/" + oldBooking)
                .then().statusCode(200).body("status", equalTo("CANCELLED")).body("cancelReason", equalTo("RESCHEDULED"));

        List<ConsumerRecord<String, String>> published = events.await(withKey(amara.applicationId()), 3, WAIT);
        assertEquals(List.of(BOOKED, CANCELLED, BOOKED), published.stream().map(r -> TopicProbe.header(r, "ce_type")).toList());
        JsonNode cancelled = validated(published.get(1), "ExamBookingCancelled");
        assertEquals(oldBooking, cancelled.get("bookingId").asText());
        assertEquals("RESCHEDULED", cancelled.get("reason").asText());
        JsonNode booked = validated(published.get(2), "ExamBooked");
        assertEquals(newBooking, booked.get("bookingId").asText());
        assertEquals(from, booked.get("rescheduledFromSessionId").asText());
        assertEquals(to, booked.at("/session/sessionId").asText());
    }

    @Test
    void rescheduleToAFullSessionChangesNothing() {
        Candidate amara = authorize(producer, "AM", 3);
        String centre = centre(20);
        String from = session(centre, "AM", daysAhead(30), 5);
        String full = session(centre, "AM", daysAhead(31), 1);
        book(authorize(producer, "AM", 3), full);
        String booking = book(amara, from);

        post(amara, "/api/v1/bookings/" + booking + "/reschedule", Map.of("sessionId", full))
                .statusCode(409).body("type", equalTo("https://mentorcred.org/problems/session-full"));
        given().when().get("/api/v1/sessions/" + from).then().body("seatsTaken", equalTo(1));
        given().when().get("/api/v1/sessions/" + full).then().body("seatsTaken", equalTo(1));
        given().header("Authorization", amara.bearer()).when().get("/api/v1/bookings/" + booking)
                .then().body("status", equalTo("BOOKED"));
    }

    @Test
    void afterTheCutoffABookingCanNeitherBeCancelledNorMovedAndTheSessionNoLongerBooked() {
        Candidate amara = authorize(producer, "PM", 3);
        String centre = centre(20);
        Instant startsAt = daysAhead(20);
        String sessionId = session(centre, "PM", startsAt, 20);
        String later = session(centre, "PM", daysAhead(60), 20);
        String booking = book(amara, sessionId);
        Instant cutoff = startsAt.minus(7, ChronoUnit.DAYS);

        travelTo(cutoff.minusSeconds(60)); // a minute before the cut-off: still allowed
        given().header("Authorization", amara.bearer()).when().get("/api/v1/bookings/" + booking)
                .then().body("changeableUntil", equalTo(cutoff.toString()));

        travelTo(cutoff); // at the cut-off: too late
        given().header("Authorization", amara.bearer()).when().post("/api/v1/bookings/" + booking + "/cancel")
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://mentorcred.org/problems/change-cutoff-passed"))
                .body("changeableUntil", equalTo(cutoff.toString()));
        post(amara, "/api/v1/bookings/" + booking + "/reschedule", Map.of("sessionId", later))
                .statusCode(409).body("type", equalTo("https://mentorcred.org/problems/change-cutoff-passed"));
        post(authorize(producer, "PM", 3), "/api/v1/bookings", Map.of("sessionId", sessionId))
                .statusCode(409).body("type", equalTo("https://mentorcred.org/problems/booking-closed"));
        given().when().get("/api/v1/sessions/" + sessionId).then().body("seatsTaken", equalTo(1));
        given().header("Authorization", amara.bearer()).when().get("/api/v1/bookings/" + booking)
                .then().body("status", equalTo("BOOKED"));
    }

    /**
     * A session the body moves inside the cut-off leaves nobody stuck: each candidate booked on it may choose another
     * session or cancel free of charge for a fresh window (7 days, never past the start), stated in the event and the
     * booking; after it, the usual refusal.
     */
    @Test
    void aSessionMovedInsideTheCutoffGivesItsCandidatesAFreshWindow() throws Exception {
        Candidate amara = authorize(producer, "PM", 3);
        Candidate bola = authorize(producer, "PM", 3);
        Candidate chidi = authorize(producer, "PM", 3);
        String centre = centre(20);
        Instant startsAt = daysAhead(20);
        String sessionId = session(centre, "PM", startsAt, 20);
        String later = session(centre, "PM", daysAhead(60), 20);
        String amarasBooking = book(amara, sessionId);
        String bolasBooking = book(bola, sessionId);
        String chidisBooking = book(chidi, sessionId);

        Instant movedAt = startsAt.minus(2, ChronoUnit.DAYS); // past the 7-day cut-off
        travelTo(movedAt);
        Instant newStart = startsAt.plus(3, ChronoUnit.HOURS);
        given().header("Authorization", ExamFixtures.admin()).contentType(ContentType.JSON)
                .body(Map.of("startsAt", newStart.toString()))
                .when().post("/api/v1/sessions/" + sessionId + "/move").then().statusCode(200);
        // The window (7 days from the move) would outlast the session: it ends when the session starts.
        ConsumerRecord<String, String> moved = events.awaitOne(ofType(EventContracts.ceType("exam-service",
                "ExamBookingMoved")).and(withKey(amara.applicationId())), WAIT);
        EventContracts.assertValid("exam-service", "ExamBookingMoved", moved.value());
        assertEquals(newStart.toString(), JSON.readTree(moved.value()).get("changeableUntil").asText());
        given().header("Authorization", amara.bearer()).when().get("/api/v1/bookings/" + amarasBooking)
                .then().body("changeableUntil", equalTo(newStart.toString()));

        travelTo(movedAt.plus(1, ChronoUnit.DAYS));
        post(amara, "/api/v1/bookings/" + amarasBooking + "/reschedule", Map.of("sessionId", later))
                .statusCode(201);
        given().header("Authorization", bola.bearer()).when().post("/api/v1/bookings/" + bolasBooking + "/cancel")
                .then().statusCode(200).body("status", equalTo("CANCELLED"));

        travelTo(newStart); // the window is over
        given().header("Authorization", chidi.bearer()).when().post("/api/v1/bookings/" + chidisBooking + "/cancel")
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://mentorcred.org/problems/change-cutoff-passed"))
                .body("changeableUntil", equalTo(newStart.toString()));
    }

    @Test
    void justBeforeTheCutoffACandidateMayStillCancel() {
        Candidate amara = authorize(producer, "PM", 3);
        Instant startsAt = daysAhead(20);
        String booking = book(amara, session(centre(20), "PM", startsAt, 20));
        travelTo(startsAt.minus(7, ChronoUnit.DAYS).minusSeconds(1));
        given().header("Authorization", amara.bearer()).when().post("/api/v1/bookings/" + booking + "/cancel")
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
    }

    @Test
    void candidatesSeeOnlyTheirOwnBookingsAndProctorsSeeAll() {
        Candidate amara = authorize(producer, "PM", 3);
        Candidate bola = authorize(producer, "PM", 3);
        String sessionId = session(centre(20), "PM", daysAhead(40), 20);
        String amarasBooking = book(amara, sessionId);
        String bolasBooking = book(bola, sessionId);

        given().header("Authorization", amara.bearer()).when().get("/api/v1/bookings")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.id", everyItem(equalTo(amarasBooking)));
        given().header("Authorization", amara.bearer()).when().get("/api/v1/bookings/" + bolasBooking)
                .then().statusCode(403).contentType(PROBLEM);
        given().header("Authorization", amara.bearer()).when().post("/api/v1/bookings/" + bolasBooking + "/cancel")
                .then().statusCode(403);
        given().header("Authorization", proctor()).queryParam("sessionId", sessionId).when().get("/api/v1/bookings")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", hasItem(amarasBooking))
                .body("items.id", hasItem(bolasBooking));
        given().header("Authorization", proctor()).queryParam("sessionId", "not-a-uuid").when().get("/api/v1/bookings")
                .then().statusCode(400).body("violations[0].field", equalTo("sessionId"));
    }

    @Test
    void aMissingSessionIs404AndAMissingSessionIdIs400() {
        Candidate amara = authorize(producer, "PM", 3);
        post(amara, "/api/v1/bookings", Map.of("sessionId", UUID.randomUUID().toString()))
                .statusCode(404).contentType(PROBLEM);
        post(amara, "/api/v1/bookings", Map.of())
                .statusCode(400).body("violations[0].field", equalTo("sessionId"));
        post(amara, "/api/v1/bookings", Map.of("sessionId", "not-a-uuid"))
                .statusCode(400).contentType(PROBLEM).body("detail", not(containsString("java")));
    }

    private ValidatableResponse post(Candidate candidate, String path, Object body) {
        return given().header("Authorization", candidate.bearer()).contentType(ContentType.JSON).body(body)
                .when().post(path).then();
    }

    /** The first event of {@code ceType} for the application, validated against exam-service's schema. */
    private JsonNode event(String ceType, String applicationId) throws Exception {
        ConsumerRecord<String, String> record = events.awaitOne(ofType(ceType).and(withKey(applicationId)), WAIT);
        return validated(record, ceType.equals(BOOKED) ? "ExamBooked" : "ExamBookingCancelled");
    }

    static JsonNode validated(ConsumerRecord<String, String> record, String event) {
        EventContracts.assertValid("exam-service", event, record.value());
        try {
            return JSON.readTree(record.value());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
