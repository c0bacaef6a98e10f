package org.mentorcred.exam.result;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorcred.exam.ExamFixtures.EXAM_EVENTS;
import static org.mentorcred.exam.ExamFixtures.authorize;
import static org.mentorcred.exam.ExamFixtures.book;
import static org.mentorcred.exam.ExamFixtures.centre;
import static org.mentorcred.exam.ExamFixtures.daysAhead;
import static org.mentorcred.exam.ExamFixtures.session;
import static org.mentorcred.exam.ExamFixtures.travelTo;
import static org.mentorcred.infra.test.TopicProbe.ofType;
import static org.mentorcred.infra.test.TopicProbe.withKey;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorcred.exam.ExamFixtures;
import org.mentorcred.exam.ExamFixtures.Candidate;
import org.mentorcred.exam.result.service.ResultService;
import org.mentorcred.infra.test.EventContracts;
import org.mentorcred.infra.test.TestProducer;
import org.mentorcred.infra.test.TopicProbe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * A no-show: a booking whose session started {@code no-show-after} (2 days) ago with no result recorded is a failed
 * attempt with every score 0, announced as ExamResultRecorded with {@code noShow}, so the candidate is told and the
 * usual retake rules follow; recorded once, and never for a booking that has its result. A profile of its own, so the
 * job (which looks at every booking) sees this class's bookings only: the test database starts empty for it.
 */
@QuarkusTest
@TestProfile(NoShowTest.OwnRun.class)
class NoShowTest {

    public static class OwnRun implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mentorcred.exam.results.no-show-after", "P2D");
        }
    }

    static final ObjectMapper JSON = new ObjectMapper();
    static final String RESULT_RECORDED = EventContracts.ceType("exam-service", "ExamResultRecorded");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    ResultService results;

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
    void aBookingWithoutAResultTwoDaysAfterTheStartIsAFailedAttemptToldOnce() throws Exception {
        Candidate absent = authorize(producer, "PM", 3);
        Candidate present = authorize(producer, "PM", 3);
        Instant start = daysAhead(20);
        String sessionId = session(centre(20), "PM", start, 20);
        String absentBooking = book(absent, sessionId);
        String presentBooking = book(present, sessionId);
        travelTo(start.plus(3, ChronoUnit.HOURS));
        given().header("Authorization", ExamFixtures.proctor()).contentType(ContentType.JSON)
                .body(Map.of("scores", ResultTest.scores(ResultTest.MIXED)))
                .when().post("/api/v1/bookings/" + presentBooking + "/result").then().statusCode(201);

        assertEquals(0, results.recordNoShows(start.plus(2, ChronoUnit.DAYS).minusSeconds(1)), "not yet");
        assertEquals(1, results.recordNoShows(start.plus(2, ChronoUnit.DAYS).plusSeconds(1)));
        assertEquals(0, results.recordNoShows(start.plus(3, ChronoUnit.DAYS)), "each no-show is recorded once");

        given().header("Authorization", absent.bearer()).when().get("/api/v1/bookings/" + absentBooking)
                .then().statusCode(200).body("status", equalTo("NO_SHOW"));
        given().header("Authorization", present.bearer()).when().get("/api/v1/bookings/" + presentBooking)
                .then().statusCode(200).body("status", equalTo("SAT"));

        ConsumerRecord<String, String> record = events.awaitOne(ofType(RESULT_RECORDED)
                .and(withKey(absent.applicationId())), Duration.ofSeconds(30));
        EventContracts.assertValid("exam-service", "ExamResultRecorded", record.value());
        JsonNode event = JSON.readTree(record.value());
        assertTrue(event.get("noShow").asBoolean());
        assertFalse(event.get("passed").asBoolean());
        assertEquals(0, event.get("weightedScore").decimalValue().signum());
        assertEquals(8, event.get("scores").size());
        assertEquals(1, event.get("attemptNumber").asInt());
        assertEquals(2, event.get("attemptsRemaining").asInt());
        LocalDate examDate = LocalDate.ofInstant(start, ZoneId.of("Europe/London"));
        assertEquals(examDate.plusDays(30).toString(), event.get("retakeAllowedFrom").asText());

        given().header("Authorization", absent.bearer()).queryParam("applicationId", absent.applicationId())
                .when().get("/api/v1/results")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].noShow", equalTo(true));
    }
}
