package org.mentorcred.exam.booking;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mentorcred.exam.ExamFixtures.EXAM_EVENTS;
import static org.mentorcred.exam.ExamFixtures.centre;
import static org.mentorcred.exam.ExamFixtures.daysAhead;
import static org.mentorcred.exam.ExamFixtures.examAuthorized;
import static org.mentorcred.exam.ExamFixtures.proctor;
import static org.mentorcred.exam.ExamFixtures.send;
import static org.mentorcred.exam.ExamFixtures.session;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.mentorcred.exam.ExamFixtures.Candidate;
import org.mentorcred.exam.authorization.repository.AuthorizationRepository;
import org.mentorcred.infra.test.EventContracts;
import org.mentorcred.infra.test.TestProducer;
import org.mentorcred.infra.test.TopicProbe;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Never more bookings than seats: 200 authorised candidates ask for the 20 seats of one session at the same moment.
 * The service's connection pool (20) is ten times smaller than the crowd, as in production: requests queue for a
 * connection, seat updates queue on the session row's lock, and every refused request is a 409, never a 5xx.
 */
@QuarkusTest
class ConcurrentBookingTest {

    static final int CANDIDATES = 200;
    static final int SEATS = 20;
    static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    AuthorizationRepository authorizations;

    @Test
    void twoHundredConcurrentRequestsForTwentySeatsBookExactlyTwentyAndTheRestGet409() throws Exception {
        String sessionId = session(centre(SEATS), "PM", daysAhead(45), SEATS);
        List<Candidate> candidates = authorizeAll(CANDIDATES);

        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> bookingIds = new ArrayList<>();
        Set<String> problemTypes = new HashSet<>();
        try (TopicProbe events = TopicProbe.fromNow(bootstrap, EXAM_EVENTS)) {
            ExecutorService pool = Executors.newFixedThreadPool(CANDIDATES);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Response>> answers = new ArrayList<>();
                for (Candidate candidate : candidates) {
                    answers.add(pool.submit(() -> {
                        start.await();
                        return given().header("Authorization", candidate.bearer()).contentType(ContentType.JSON)
                                .body(Map.of("sessionId", sessionId))
                                .when().post("/api/v1/bookings");
                    }));
                }
                start.countDown();
                for (Future<Response> answer : answers) {
                    Response response = answer.get(5, TimeUnit.MINUTES);
                    statuses.merge(response.statusCode(), 1, Integer::sum);
                    if (response.statusCode() == 201) {
                        bookingIds.add(response.path("id"));
                    } else {
                        problemTypes.add(response.contentType() + " " + response.path("type"));
                    }
                }
            } finally {
                pool.shutdownNow();
            }

            assertEquals(Map.of(201, SEATS, 409, CANDIDATES - SEATS), statuses, "status codes of the 200 answers");
            assertEquals(Set.of("application/problem+json https://mentorcred.org/problems/session-full"), problemTypes);

            // What the database holds agrees: 20 seats taken, 20 active bookings, 20 ExamBooked events.
            given().when().get("/api/v1/sessions/" + sessionId)
                    .then().statusCode(200).body("seatsTaken", equalTo(SEATS)).body("seatsLeft", equalTo(0));
            given().header("Authorization", proctor()).queryParam("sessionId", sessionId).queryParam("status", "BOOKED")
                    .when().get("/api/v1/bookings")
                    .then().statusCode(200).body("total", equalTo(SEATS));
            String booked = EventContracts.ceType("exam-service", "ExamBooked");
            List<ConsumerRecord<String, String>> published = events.await(
                    r -> booked.equals(TopicProbe.header(r, "ce_type")) && r.value().contains(sessionId), SEATS,
                    Duration.ofSeconds(60));
            published.forEach(r -> EventContracts.assertValid("exam-service", "ExamBooked", r.value()));
            Set<String> eventBookings = new HashSet<>();
            for (ConsumerRecord<String, String> record : published) {
                eventBookings.add(JSON.readTree(record.value()).get("bookingId").asText());
            }
            assertEquals(new HashSet<>(bookingIds), eventBookings, "one ExamBooked per booking, none for a refused one");
            assertEquals(SEATS, published.size());
        }
    }

    /** 200 ExamAuthorized events through the broker; waits until exam-service has applied them all. */
    private List<Candidate> authorizeAll(int count) {
        String crowd = "crowd-" + UUID.randomUUID() + "-";
        List<Candidate> candidates = new ArrayList<>();
        try (TestProducer producer = new TestProducer(bootstrap)) {
            for (int i = 0; i < count; i++) {
                candidates.add(send(producer, examAuthorized(crowd + i, "PM", 3)));
            }
        }
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
                .until(() -> QuarkusTransaction.requiringNew()
                        .call(() -> authorizations.count("subject like ?1", crowd + "%")) == count);
        return candidates;
    }
}
