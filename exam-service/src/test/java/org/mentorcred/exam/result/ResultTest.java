package org.mentorcred.exam.result;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorcred.exam.ExamFixtures.EXAM_EVENTS;
import static org.mentorcred.exam.ExamFixtures.admin;
import static org.mentorcred.exam.ExamFixtures.authorize;
import static org.mentorcred.exam.ExamFixtures.book;
import static org.mentorcred.exam.ExamFixtures.centre;
import static org.mentorcred.exam.ExamFixtures.daysAhead;
import static org.mentorcred.exam.ExamFixtures.proctor;
import static org.mentorcred.exam.ExamFixtures.session;
import static org.mentorcred.exam.ExamFixtures.travelTo;
import static org.mentorcred.infra.test.TopicProbe.ofType;
import static org.mentorcred.infra.test.TopicProbe.withKey;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorcred.exam.ExamFixtures.Candidate;
import org.mentorcred.exam.common.Topic;
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
class ResultTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Duration WAIT = Duration.ofSeconds(30);
    static final String PROBLEM = "application/problem+json";
    static final String RECORDED = EventContracts.ceType("exam-service", "ExamResultRecorded");
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** 80, 70, 60 × 5, 90: PM 72.5 (pass), SM 69.5 (fail), by the DOMAIN.md weights. */
    static final int[] MIXED = { 80, 70, 60, 60, 60, 60, 60, 90 };
    static final int[] STRONG = { 95, 95, 95, 95, 95, 95, 95, 95 };
    static final int[] WEAK = { 40, 40, 40, 40, 40, 40, 40, 40 };

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
    void aProctorRecordsScoresAndTheWeightedResultIsPublished() throws Exception {
        Candidate amara = authorize(producer, "PM", 3);
        Instant start = daysAhead(20);
        String bookingId = book(amara, session(centre(20), "PM", start, 20));
        travelTo(start.plus(3, ChronoUnit.HOURS));

        String resultId = record(bookingId, MIXED).statusCode(201)
                .body("weightedScore", equalTo(72.5f))
                .body("passMark", equalTo(70))
                .body("passed", equalTo(true))
                .body("level", equalTo("PM"))
                .body("weightsVersion", equalTo(1))
                .body("examDate", equalTo(LocalDate.ofInstant(start, LONDON).toString()))
                .body("attemptNumber", equalTo(1))
                .body("attemptsAllowed", equalTo(3))
                .body("attemptsRemaining", equalTo(2))
                .body("retakeAllowedFrom", nullValue())
                .body("scores[0].topic", equalTo("COACHING_SKILLS"))
                .body("scores[0].weightPercent", equalTo(30))
                .body("scores[0].weightedPoints", equalTo(24.0f))
                .body("scores[1].weightedPoints", equalTo(24.5f))
                .body("scores[7].weightedPoints", equalTo(9.0f))
                .extract().path("id");

        ConsumerRecord<String, String> record = events.awaitOne(ofType(RECORDED).and(withKey(amara.applicationId())), WAIT);
        EventContracts.assertValid("exam-service", "ExamResultRecorded", record.value());
        JsonNode event = JSON.readTree(record.value());
        assertEquals(resultId, event.get("resultId").asText());
        assertEquals(bookingId, event.get("bookingId").asText());
        assertEquals(amara.applicantId(), event.get("candidateId").asText());
        assertEquals(0, event.get("weightedScore").decimalValue().compareTo(new BigDecimal("72.5")));
        assertTrue(event.get("passed").asBoolean());
        assertEquals(8, event.get("scores").size());
        assertEquals("MENTORING_SKILLS", event.at("/scores/1/topic").asText());
        assertEquals(35, event.at("/scores/1/weightPercent").asInt());
        assertEquals(2, event.get("attemptsRemaining").asInt());
        assertTrue(event.get("retakeAllowedFrom").isNull());

        given().header("Authorization", amara.bearer()).when().get("/api/v1/bookings/" + bookingId)
                .then().body("status", equalTo("SAT"));
        given().header("Authorization", amara.bearer()).when().get("/api/v1/bookings/" + bookingId + "/result")
                .then().statusCode(200).body("id", equalTo(resultId));
        given().header("Authorization", amara.bearer()).when().get("/api/v1/results")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(resultId));
        given().header("Authorization", TestTokens.bearer("applicant", "someone-else")).when()
                .get("/api/v1/results/" + resultId).then().statusCode(403).contentType(PROBLEM);
        given().header("Authorization", admin()).queryParam("applicationId", amara.applicationId())
                .when().get("/api/v1/results").then().body("items.id", hasItem(resultId));
    }

    @Test
    void theSameRawScoresPassAtOneLevelAndFailAtAnother() {
        Candidate pm = authorize(producer, "PM", 3);
        Candidate sm = authorize(producer, "SM", 3);
        Instant start = daysAhead(20);
        String centre = centre(20);
        String allLevels = session(centre, null, start, 20);
        String pmBooking = book(pm, allLevels);
        String smBooking = book(sm, allLevels);
        travelTo(start.plus(3, ChronoUnit.HOURS));

        record(pmBooking, MIXED).statusCode(201).body("weightedScore", equalTo(72.5f)).body("passed", equalTo(true));
        record(smBooking, MIXED).statusCode(201).body("weightedScore", equalTo(69.5f)).body("passed", equalTo(false))
                .body("retakeAllowedFrom", equalTo(LocalDate.ofInstant(start, LONDON).plusDays(30).toString()));
    }

    @Test
    void aBookingGetsOneResult() {
        Candidate amara = authorize(producer, "AM", 3);
        Instant start = daysAhead(20);
        String bookingId = book(amara, session(centre(20), "AM", start, 20));
        travelTo(start.plus(3, ChronoUnit.HOURS));
        record(bookingId, MIXED).statusCode(201);
        record(bookingId, STRONG).statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://mentorcred.org/problems/result-exists"));
        given().header("Authorization", proctor()).when().get("/api/v1/bookings/" + bookingId + "/result")
                .then().body("weightedScore", equalTo(72.5f));
    }

    @Test
    void allEightTopicsAreRequiredAndEachScoreIsFrom0To100() {
        Candidate amara = authorize(producer, "MM", 3);
        Instant start = daysAhead(20);
        String bookingId = book(amara, session(centre(20), "MM", start, 20));
        travelTo(start.plus(3, ChronoUnit.HOURS));

        List<Map<String, Object>> seven = scores(MIXED);
        seven.remove(7);
        recordBody(bookingId, Map.of("scores", seven)).statusCode(400).contentType(PROBLEM)
                .body("violations.message", hasItem("no score for CODE_OF_ETHICS"));
        List<Map<String, Object>> twice = scores(MIXED);
        twice.get(7).put("topic", "COACHING_SKILLS");
        recordBody(bookingId, Map.of("scores", twice)).statusCode(400)
                .body("violations.field", containsInAnyOrder("scores[7].topic", "scores"));
        List<Map<String, Object>> tooHigh = scores(MIXED);
        tooHigh.get(2).put("score", 101);
        recordBody(bookingId, Map.of("scores", tooHigh)).statusCode(400)
                .body("violations[0].field", equalTo("scores[2].score"));
        List<Map<String, Object>> negative = scores(MIXED);
        negative.get(0).put("score", -0.5);
        recordBody(bookingId, Map.of("scores", negative)).statusCode(400)
                .body("violations[0].field", equalTo("scores[0].score"));
        List<Map<String, Object>> unknown = scores(MIXED);
        unknown.get(0).put("topic", "JUGGLING");
        recordBody(bookingId, Map.of("scores", unknown)).statusCode(400);
        recordBody(bookingId, Map.of()).statusCode(400).body("violations[0].field", equalTo("scores"));
        // Nothing half-written: a valid result is still accepted, and decimals are fine.
        List<Map<String, Object>> decimals = scores(MIXED);
        decimals.get(0).put("score", 80.25); // MM: coaching weighs 10 %, +0.025 → 67.025 → 67.03
        recordBody(bookingId, Map.of("scores", decimals)).statusCode(201).body("weightedScore", equalTo(67.03f));
    }

    @Test
    void onlyProctorsRecordResults() {
        Candidate amara = authorize(producer, "PM", 3);
        Instant start = daysAhead(20);
        String bookingId = book(amara, session(centre(20), "PM", start, 20));
        travelTo(start.plus(3, ChronoUnit.HOURS));
        for (String token : List.of(amara.bearer(), admin())) {
            given().header("Authorization", token).contentType(ContentType.JSON).body(Map.of("scores", scores(STRONG)))
                    .when().post("/api/v1/bookings/" + bookingId + "/result")
                    .then().statusCode(403).contentType(PROBLEM);
        }
    }

    @Test
    void noResultBeforeTheExamStartsOrForACancelledBooking() {
        Candidate amara = authorize(producer, "PM", 3);
        Candidate bola = authorize(producer, "PM", 3);
        Instant start = daysAhead(20);
        String sessionId = session(centre(20), "PM", start, 20);
        String bookingId = book(amara, sessionId);
        String cancelled = book(bola, sessionId);
        travelTo(start.minusSeconds(60));
        record(bookingId, STRONG).statusCode(409).body("type", equalTo("https://mentorcred.org/problems/exam-not-started"));

        travelTo(start.minus(10, ChronoUnit.DAYS));
        given().header("Authorization", bola.bearer()).when().post("/api/v1/bookings/" + cancelled + "/cancel")
                .then().statusCode(200);
        travelTo(start.plus(1, ChronoUnit.HOURS));
        record(cancelled, STRONG).statusCode(409).body("type", equalTo("https://mentorcred.org/problems/booking-not-active"));
    }

    @Test
    void aFailedCandidateRebooksOnlyAfterTheWaitingPeriod() {
        Candidate amara = authorize(producer, "SM", 3);
        String centre = centre(20);
        Instant start = daysAhead(20);
        String bookingId = book(amara, session(centre, "SM", start, 20));
        String later = session(centre, "SM", daysAhead(120), 20);
        travelTo(start.plus(3, ChronoUnit.HOURS));
        LocalDate retakeFrom = LocalDate.ofInstant(start, LONDON).plusDays(30);
        record(bookingId, WEAK).statusCode(201)
                .body("passed", equalTo(false))
                .body("attemptsRemaining", equalTo(2))
                .body("retakeAllowedFrom", equalTo(retakeFrom.toString()));

        bookLater(amara, later).statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://mentorcred.org/problems/retake-not-yet-allowed"))
                .body("retakeAllowedFrom", equalTo(retakeFrom.toString()));
        travelTo(retakeFrom.minusDays(1).atTime(23, 59).toInstant(ZoneOffset.UTC));
        bookLater(amara, later).statusCode(409).body("type", equalTo("https://mentorcred.org/problems/retake-not-yet-allowed"));

        travelTo(retakeFrom.atStartOfDay().toInstant(ZoneOffset.UTC));
        bookLater(amara, later).statusCode(201).body("attemptNumber", equalTo(2));
        given().header("Authorization", amara.bearer()).when().get("/api/v1/authorizations")
                .then().body("items[0].attemptsUsed", equalTo(1))
                .body("items[0].attemptsRemaining", equalTo(2))
                .body("items[0].retakeAllowedFrom", equalTo(retakeFrom.toString()));
    }

    @Test
    void noRebookingOnceTheAttemptsAreUsedOrTheExamIsPassed() {
        String centre = centre(20);
        Instant start = daysAhead(20);
        String first = session(centre, "AM", start, 20);
        String later = session(centre, "AM", daysAhead(150), 20);
        Candidate lastChance = authorize(producer, "AM", 1);
        Candidate passer = authorize(producer, "AM", 3);
        String failed = book(lastChance, first);
        String passed = book(passer, first);
        travelTo(start.plus(3, ChronoUnit.HOURS));
        record(failed, WEAK).statusCode(201).body("attemptsRemaining", equalTo(0)).body("retakeAllowedFrom", nullValue());
        record(passed, STRONG).statusCode(201).body("passed", equalTo(true));

        travelTo(start.plus(60, ChronoUnit.DAYS));
        bookLater(lastChance, later).statusCode(409)
                .body("type", equalTo("https://mentorcred.org/problems/no-attempts-left"))
                .body("attemptsAllowed", equalTo(1));
        bookLater(passer, later).statusCode(409).body("type", equalTo("https://mentorcred.org/problems/already-passed"));
    }

    @Test
    void theWeightsAndPassMarksArePublished() {
        given().when().get("/api/v1/exam-weights")
                .then().statusCode(200)
                .body("version", equalTo(1))
                .body("levels.level", contains("AM", "PM", "SM", "MM"))
                .body("levels[3].passMark", equalTo(70))
                .body("levels[3].topics.find { it.topic == 'TACIT_KNOWLEDGE_MANAGEMENT' }.weightPercent", equalTo(15))
                .body("levels[0].topics.find { it.topic == 'MENTORING_SKILLS' }.weightPercent", equalTo(35))
                .body("levels[2].topics.weightPercent.sum()", equalTo(100));
    }

    private ValidatableResponse bookLater(Candidate candidate, String sessionId) {
        return given().header("Authorization", candidate.bearer()).contentType(ContentType.JSON)
                .body(Map.of("sessionId", sessionId)).when().post("/api/v1/bookings").then();
    }

    private static ValidatableResponse record(String bookingId, int[] inTopicOrder) {
        return recordBody(bookingId, Map.of("scores", scores(inTopicOrder)));
    }

    private static ValidatableResponse recordBody(String bookingId, Object body) {
        return given().header("Authorization", proctor()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/bookings/" + bookingId + "/result").then();
    }

    static List<Map<String, Object>> scores(int[] inTopicOrder) {
        List<Map<String, Object>> scores = new ArrayList<>();
        for (Topic topic : Topic.values()) {
            Map<String, Object> score = new LinkedHashMap<>();
            score.put("topic", topic.name());
            score.put("score", inTopicOrder[topic.ordinal()]);
            scores.add(score);
        }
        return scores;
    }
}
