package org.mentorcred.exam.calendar;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mentorcred.exam.ExamFixtures.EXAM_EVENTS;
import static org.mentorcred.exam.ExamFixtures.admin;
import static org.mentorcred.exam.ExamFixtures.authorize;
import static org.mentorcred.exam.ExamFixtures.book;
import static org.mentorcred.exam.ExamFixtures.centreBody;
import static org.mentorcred.exam.ExamFixtures.createCentre;
import static org.mentorcred.exam.ExamFixtures.daysAhead;
import static org.mentorcred.exam.ExamFixtures.session;
import static org.mentorcred.exam.ExamFixtures.travelTo;
import static org.mentorcred.infra.test.TopicProbe.ofType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorcred.exam.ExamFixtures.Candidate;
import org.mentorcred.infra.test.EventContracts;
import org.mentorcred.infra.test.TestProducer;
import org.mentorcred.infra.test.TestTokens;
import org.mentorcred.infra.test.TopicProbe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class CalendarTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Duration WAIT = Duration.ofSeconds(30);
    static final String PROBLEM = "application/problem+json";
    static final String MOVED = EventContracts.ceType("exam-service", "ExamBookingMoved");
    static final String CANCELLED = EventContracts.ceType("exam-service", "ExamBookingCancelled");
    /** Before the 2027 sittings: generation tests run "in" mid-2026, whatever today is. */
    static final Instant MID_2026 = Instant.parse("2026-06-01T00:00:00Z");

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
    void generatingAYearPlacesTheTemplateAtEachCentresLocalTimeAndTwiceCreatesNothingTwice() {
        travelTo(MID_2026);
        String london = london();
        String tokyo = createCentre(centreBody("Tokyo " + UUID.randomUUID(), "JP", "Tokyo", 35.6762, 139.6503,
                "Asia/Tokyo", 12));
        Map<String, Object> request = Map.of("year", 2027, "centreIds", List.of(london, tokyo));

        generate(request).statusCode(200)
                .body("centres", equalTo(2))
                .body("created", equalTo(8))
                .body("alreadyExisting", equalTo(0))
                .body("createdSessionIds", hasSize(8));
        generate(request).statusCode(200)
                .body("created", equalTo(0))
                .body("alreadyExisting", equalTo(8))
                .body("createdSessionIds", empty());

        // The third Saturday of each quarter's last month at 09:00 local: GMT in March and December, BST
        // (UTC+1) in June and September in London; always UTC+9 in Tokyo.
        sessionsAt(london).body("total", equalTo(4))
                .body("items.startsAt", contains("2027-03-20T09:00:00Z", "2027-06-19T08:00:00Z",
                        "2027-09-18T08:00:00Z", "2027-12-18T09:00:00Z"))
                .body("items.localStartsAt", everyItem(endsWith("T09:00:00")))
                .body("items.level", everyItem(nullValue()))
                .body("items.seats", everyItem(equalTo(20)))
                .body("items.origin", everyItem(equalTo("TEMPLATE")));
        sessionsAt(tokyo).body("items.startsAt", contains("2027-03-20T00:00:00Z", "2027-06-19T00:00:00Z",
                "2027-09-18T00:00:00Z", "2027-12-18T00:00:00Z"))
                .body("items.seats", everyItem(equalTo(12)));
    }

    @Test
    void generatingPerLevelMakesOneSessionPerLevelAndSkipsSlotsInThePast() {
        travelTo(Instant.parse("2027-07-01T00:00:00Z"));
        String london = london();
        generate(Map.of("year", 2027, "centreIds", List.of(london), "levels", List.of("AM", "SM", "AM")))
                .statusCode(200)
                .body("created", equalTo(4)) // September and December, for AM and SM
                .body("skippedInPast", equalTo(4)); // March and June
        sessionsAt(london).body("total", equalTo(4))
                .body("items.level", containsInAnyOrder("AM", "SM", "AM", "SM"));
    }

    @Test
    void sessionDatesOutOfRangeAreRefusedByName() {
        for (String param : List.of("from", "to")) {
            for (String date : List.of("+999999999-12-31", "1899-12-31")) {
                given().queryParam(param, date).when().get("/api/v1/sessions")
                        .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo(param));
            }
        }
    }

    @Test
    void generatingForEveryActiveCentreSkipsInactiveOnes() {
        travelTo(MID_2026);
        String active = london();
        Map<String, Object> closed = centreBody("Closed " + UUID.randomUUID(), "GB", "Leeds", 53.8, -1.55,
                "Europe/London", 10);
        closed.put("active", false);
        String inactive = createCentre(closed);
        generate(Map.of("year", 2090)).statusCode(200).body("created", greaterThanOrEqualTo(4));
        given().queryParam("centreId", active).queryParam("from", "2090-01-01").when().get("/api/v1/sessions")
                .then().body("total", equalTo(4));
        given().queryParam("centreId", inactive).when().get("/api/v1/sessions").then().body("total", equalTo(0));
        generate(Map.of("year", 2090, "centreIds", List.of(inactive, UUID.randomUUID().toString())))
                .statusCode(422).contentType(PROBLEM)
                .body("violations.field", contains("centreIds[0]", "centreIds[1]"));
    }

    @Test
    void onlyAdminsGenerateAddMoveOrCancel() {
        String applicant = TestTokens.bearer("applicant", "a-" + UUID.randomUUID());
        given().header("Authorization", applicant).contentType(ContentType.JSON).body(Map.of("year", 2027))
                .when().post("/api/v1/calendar/generate").then().statusCode(403).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(Map.of("year", 2027))
                .when().post("/api/v1/calendar/generate").then().statusCode(401);
        String sessionId = session(london(), "PM", daysAhead(40), 10);
        given().header("Authorization", applicant).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/sessions/" + sessionId + "/cancel").then().statusCode(403);
        given().when().get("/api/v1/calendar/template").then().statusCode(200)
                .body("months", contains(3, 6, 9, 12)).body("weekOfMonth", equalTo(3))
                .body("dayOfWeek", equalTo("SATURDAY"));
    }

    @Test
    void addingASessionChecksItsSlotCentreAndStart() {
        String london = london();
        Instant start = daysAhead(50);
        session(london, "PM", start, 10);
        addSession(Map.of("centreId", london, "level", "PM", "startsAt", start.toString()))
                .statusCode(409).body("type", equalTo("https://mentorcred.org/problems/slot-taken"));
        // Another level, or all levels, at the same time is another slot.
        addSession(Map.of("centreId", london, "startsAt", start.toString())).statusCode(201)
                .body("level", nullValue()).body("seats", equalTo(20)).body("origin", equalTo("MANUAL"));
        addSession(Map.of("centreId", london, "level", "AM", "startsAt", Instant.now().minusSeconds(60).toString()))
                .statusCode(422).body("type", equalTo("https://mentorcred.org/problems/session-in-past"));
        addSession(Map.of("centreId", UUID.randomUUID().toString(), "startsAt", start.toString()))
                .statusCode(422).body("violations[0].field", equalTo("centreId"));
        addSession(Map.of("centreId", london, "startsAt", start.toString(), "localStartsAt", "2030-01-01T09:00:00"))
                .statusCode(400).body("violations[0].field", equalTo("localStartsAt"));
        addSession(Map.of("centreId", london, "level", "XX", "startsAt", start.toString()))
                .statusCode(400).body("violations[0].field", equalTo("level"));
        // A local start is placed in the centre's zone: 10:00 in London in July is 09:00 UTC.
        addSession(Map.of("centreId", london, "level", "SM", "localStartsAt", "2031-07-12T10:00:00"))
                .statusCode(201).body("startsAt", equalTo("2031-07-12T09:00:00Z"));
    }

    @Test
    void theListingFiltersByLevelPlaceDatesAndSeatsLeft() {
        String city = "Filterton-" + UUID.randomUUID();
        String centre = createCentre(centreBody("Filter centre", "IE", city, 53.35, -6.26, "Europe/Dublin", 10));
        Instant base = LocalDate.now(ZoneOffset.UTC).plusDays(100).atTime(10, 0).toInstant(ZoneOffset.UTC);
        String am = session(centre, "AM", base, 10);
        String all = session(centre, null, base.plus(1, ChronoUnit.DAYS), 2);
        String sm = session(centre, "SM", base.plus(2, ChronoUnit.DAYS), 10);
        String cancelled = session(centre, "AM", base.plus(3, ChronoUnit.DAYS), 10);
        given().header("Authorization", admin()).contentType(ContentType.JSON).body(Map.of("reason", "flood"))
                .when().post("/api/v1/sessions/" + cancelled + "/cancel").then().statusCode(200);

        given().queryParam("city", city.toLowerCase()).queryParam("country", "IE").when().get("/api/v1/sessions")
                .then().statusCode(200).body("items.id", contains(am, all, sm));
        given().queryParam("city", city).queryParam("level", "AM").when().get("/api/v1/sessions")
                .then().body("items.id", contains(am, all));
        LocalDate day = LocalDate.ofInstant(base, ZoneOffset.UTC);
        given().queryParam("city", city).queryParam("from", day.plusDays(1).toString())
                .queryParam("to", day.plusDays(2).toString()).when().get("/api/v1/sessions")
                .then().body("items.id", contains(all, sm));
        given().queryParam("city", city).queryParam("minSeatsLeft", 5).when().get("/api/v1/sessions")
                .then().body("items.id", contains(am, sm));
        given().queryParam("city", city).queryParam("status", "CANCELLED").when().get("/api/v1/sessions")
                .then().body("items.id", contains(cancelled)).body("items[0].cancellationReason", equalTo("flood"));
        given().queryParam("city", city).queryParam("size", 2).queryParam("page", 1).when().get("/api/v1/sessions")
                .then().body("total", equalTo(3)).body("page", equalTo(1)).body("items.id", contains(sm));
        given().queryParam("level", "XX").when().get("/api/v1/sessions")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("level"));
        given().queryParam("from", "2027-13-40").when().get("/api/v1/sessions")
                .then().statusCode(400).body("violations[0].field", equalTo("from"));
    }

    @Test
    void movingABookedSessionTellsEachBookedCandidate() throws Exception {
        String london = london();
        String paris = createCentre(centreBody("Paris " + UUID.randomUUID(), "FR", "Paris", 48.8566, 2.3522,
                "Europe/Paris", 20));
        Instant start = daysAhead(40);
        String sessionId = session(london, null, start, 20);
        Candidate amara = authorize(producer, "PM", 3);
        Candidate bola = authorize(producer, "SM", 3);
        Candidate chidi = authorize(producer, "AM", 3);
        String amarasBooking = book(amara, sessionId);
        String bolasBooking = book(bola, sessionId);
        String chidisBooking = book(chidi, sessionId);
        given().header("Authorization", chidi.bearer()).when().post("/api/v1/bookings/" + chidisBooking + "/cancel")
                .then().statusCode(200);

        move(sessionId, Map.of("centreId", paris, "localStartsAt", "2031-03-15T09:30:00", "version", 1))
                .statusCode(409).body("type", equalTo("https://mentorcred.org/problems/stale-version"));
        move(sessionId, Map.of("centreId", paris, "localStartsAt", "2031-03-15T09:30:00", "version", 0))
                .statusCode(200)
                .body("centre.id", equalTo(paris))
                .body("startsAt", equalTo("2031-03-15T08:30:00Z"))
                .body("seatsTaken", equalTo(2))
                .body("version", equalTo(1));

        List<ConsumerRecord<String, String>> moved = events.await(ofType(MOVED).and(aboutSession(sessionId)), 2, WAIT);
        Map<String, JsonNode> byBooking = new HashMap<>();
        for (ConsumerRecord<String, String> record : moved) {
            EventContracts.assertValid("exam-service", "ExamBookingMoved", record.value());
            JsonNode event = JSON.readTree(record.value());
            byBooking.put(event.get("bookingId").asText(), event);
            assertEquals(event.get("applicationId").asText(), record.key());
        }
        assertEquals(Set.of(amarasBooking, bolasBooking), byBooking.keySet(), "only active bookings are told");
        JsonNode toAmara = byBooking.get(amarasBooking);
        assertEquals(start, Instant.parse(toAmara.at("/previous/startsAt").asText()));
        assertEquals("London", toAmara.at("/previous/city").asText());
        assertEquals("2031-03-15T08:30:00Z", toAmara.at("/session/startsAt").asText());
        assertEquals(paris, toAmara.at("/session/centre/centreId").asText());
        assertEquals("FR", toAmara.at("/session/centre/country").asText());
        // Moved far ahead: the new session's usual cut-off is later than the window a move gives, so it stands.
        assertEquals("2031-03-08T08:30:00Z", toAmara.get("changeableUntil").asText());
        assertEquals("SM", byBooking.get(bolasBooking).get("level").asText());

        given().header("Authorization", amara.bearer()).when().get("/api/v1/bookings/" + amarasBooking)
                .then().body("session.startsAt", equalTo("2031-03-15T08:30:00Z")).body("status", equalTo("BOOKED"));
        move(sessionId, Map.of("seats", 1)).statusCode(409)
                .body("type", equalTo("https://mentorcred.org/problems/seats-below-bookings"));
        move(sessionId, Map.of()).statusCode(400);
    }

    @Test
    void aMovedTemplateSessionIsNotRecreatedByTheNextGeneration() {
        travelTo(MID_2026);
        String london = london();
        Map<String, Object> request = Map.of("year", 2027, "centreIds", List.of(london));
        String march = generate(request).statusCode(200).extract().path("createdSessionIds[0]");
        move(march, Map.of("localStartsAt", "2027-03-27T09:00:00")).statusCode(200);
        generate(request).statusCode(200).body("created", equalTo(0)).body("alreadyExisting", equalTo(4));
        sessionsAt(london).body("total", equalTo(4)).body("items[0].startsAt", equalTo("2027-03-27T09:00:00Z"));
        // Another session cannot be moved onto an occupied slot.
        String june = given().queryParam("centreId", london).when().get("/api/v1/sessions").then()
                .extract().path("items[1].id");
        move(june, Map.of("startsAt", "2027-03-27T09:00:00Z")).statusCode(409)
                .body("type", equalTo("https://mentorcred.org/problems/slot-taken"));
    }

    @Test
    void cancellingABookedSessionCancelsEachBookingAndTellsTheCandidate() throws Exception {
        String london = london();
        String sessionId = session(london, "PM", daysAhead(40), 20);
        Candidate amara = authorize(producer, "PM", 3);
        Candidate bola = authorize(producer, "PM", 3);
        String amarasBooking = book(amara, sessionId);
        String bolasBooking = book(bola, sessionId);

        given().header("Authorization", admin()).contentType(ContentType.JSON)
                .body(Map.of("reason", "The centre is closed"))
                .when().post("/api/v1/sessions/" + sessionId + "/cancel")
                .then().statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("seatsTaken", equalTo(0))
                .body("cancellationReason", equalTo("The centre is closed"));

        List<ConsumerRecord<String, String>> cancelled = events.await(ofType(CANCELLED).and(aboutSession(sessionId)), 2,
                WAIT);
        Set<String> told = cancelled.stream().map(record -> {
            EventContracts.assertValid("exam-service", "ExamBookingCancelled", record.value());
            JsonNode event = read(record.value());
            assertEquals("SESSION_CANCELLED", event.get("reason").asText());
            assertEquals(sessionId, event.at("/session/sessionId").asText());
            return event.get("bookingId").asText();
        }).collect(Collectors.toSet());
        assertEquals(Set.of(amarasBooking, bolasBooking), told);

        given().header("Authorization", amara.bearer()).when().get("/api/v1/bookings/" + amarasBooking)
                .then().body("status", equalTo("CANCELLED")).body("cancelReason", equalTo("SESSION_CANCELLED"));
        given().header("Authorization", admin()).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/sessions/" + sessionId + "/cancel")
                .then().statusCode(409).body("type", equalTo("https://mentorcred.org/problems/session-cancelled"));
        move(sessionId, Map.of("seats", 30)).statusCode(409);
        // Their authorisations are free again for another session.
        book(amara, session(london, "PM", daysAhead(41), 20));
    }

    @Test
    void aSessionIsCancelledWithAnEmptyBodyToo() {
        String sessionId = session(london(), "PM", daysAhead(40), 20);
        given().header("Authorization", admin()).contentType(ContentType.JSON)
                .when().post("/api/v1/sessions/" + sessionId + "/cancel")
                .then().statusCode(200).body("status", equalTo("CANCELLED")).body("cancellationReason", nullValue());
    }

    private static Predicate<ConsumerRecord<String, String>> aboutSession(String sessionId) {
        return record -> read(record.value()).at("/session/sessionId").asText().equals(sessionId);
    }

    private static String london() {
        return createCentre(centreBody("London " + UUID.randomUUID(), "GB", "London", 51.5072, -0.1276,
                "Europe/London", 20));
    }

    private static ValidatableResponse generate(Map<String, Object> request) {
        return given().header("Authorization", admin()).contentType(ContentType.JSON).body(request)
                .when().post("/api/v1/calendar/generate").then();
    }

    private static ValidatableResponse addSession(Map<String, Object> request) {
        return given().header("Authorization", admin()).contentType(ContentType.JSON).body(request)
                .when().post("/api/v1/sessions").then();
    }

    private static ValidatableResponse move(String sessionId, Map<String, Object> request) {
        return given().header("Authorization", admin()).contentType(ContentType.JSON).body(request)
                .when().post("/api/v1/sessions/" + sessionId + "/move").then();
    }

    private static ValidatableResponse sessionsAt(String centreId) {
        return given().queryParam("centreId", centreId).when().get("/api/v1/sessions").then().statusCode(200);
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
