package org.mentorcred.exam.authorization;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mentorcred.exam.ExamFixtures.APPLICATION_EVENTS;
import static org.mentorcred.exam.ExamFixtures.APPLICATION_WITHDRAWN;
import static org.mentorcred.exam.ExamFixtures.EXAM_AUTHORIZED;
import static org.mentorcred.exam.ExamFixtures.EXAM_EVENTS;
import static org.mentorcred.exam.ExamFixtures.awaitAuthorized;
import static org.mentorcred.exam.ExamFixtures.book;
import static org.mentorcred.exam.ExamFixtures.centre;
import static org.mentorcred.exam.ExamFixtures.daysAhead;
import static org.mentorcred.exam.ExamFixtures.examAuthorized;
import static org.mentorcred.exam.ExamFixtures.proctor;
import static org.mentorcred.exam.ExamFixtures.send;
import static org.mentorcred.exam.ExamFixtures.session;
import static org.mentorcred.infra.test.TopicProbe.ofType;
import static org.mentorcred.infra.test.TopicProbe.withKey;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorcred.exam.ExamFixtures.Candidate;
import org.mentorcred.infra.test.EventContracts;
import org.mentorcred.infra.test.TestProducer;
import org.mentorcred.infra.test.TopicProbe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** application-service's own examples, varied, through the real broker to the running service. */
@QuarkusTest
class ApplicationEventsConsumerTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Duration WAIT = Duration.ofSeconds(30);
    static final String DLQ = "application-events.exam-service.dlq";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    TestProducer producer;

    @BeforeEach
    void connect() {
        producer = new TestProducer(bootstrap);
    }

    @AfterEach
    void disconnect() {
        producer.close();
    }

    @Test
    void examAuthorizedCreatesAnAuthorisationTheCandidateSees() {
        ObjectNode event = examAuthorized("amara-" + UUID.randomUUID(), "SM", 3);
        event.put("attemptsUsed", 1);
        Candidate amara = send(producer, event);
        awaitAuthorized(amara);

        given().header("Authorization", amara.bearer()).when().get("/api/v1/authorizations")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(amara.authorizationId()))
                .body("items[0].applicationId", equalTo(amara.applicationId()))
                .body("items[0].candidateId", equalTo(amara.applicantId()))
                .body("items[0].level", equalTo("SM"))
                .body("items[0].programme", equalTo("IPMA_SM"))
                .body("items[0].candidateName", equalTo("Amara Okafor"))
                .body("items[0].city", equalTo("London"))
                .body("items[0].status", equalTo("ACTIVE"))
                .body("items[0].attemptsAllowed", equalTo(3))
                .body("items[0].attemptsUsed", equalTo(1))
                .body("items[0].attemptsRemaining", equalTo(2))
                .body("items[0].activeBookingId", nullValue());
    }

    @Test
    void aRepeatedExamAuthorizedUpdatesTheAttemptsAndNeverDuplicates() {
        ObjectNode event = examAuthorized("bola-" + UUID.randomUUID(), "PM", 2);
        Candidate bola = send(producer, event);
        awaitAuthorized(bola);

        event.put("attemptsAllowed", 4); // announced again, with another event id
        send(producer, event);
        await().atMost(WAIT).untilAsserted(() -> given().header("Authorization", proctor())
                .queryParam("applicationId", bola.applicationId()).when().get("/api/v1/authorizations")
                .then().body("total", equalTo(1)).body("items[0].attemptsAllowed", equalTo(4)));
    }

    @Test
    void aRedeliveredEventHasNoSecondEffect() {
        ObjectNode event = examAuthorized("chidi-" + UUID.randomUUID(), "AM", 3);
        String applicationId = event.get("applicationId").asText();
        String eventId = UUID.randomUUID().toString();
        producer.sendEvent(APPLICATION_EVENTS, applicationId, eventId, EXAM_AUTHORIZED, event.toString());
        Candidate chidi = new Candidate(event.at("/candidate/subject").asText(), applicationId,
                event.get("authorizationId").asText(), event.at("/candidate/applicantId").asText(), "AM");
        awaitAuthorized(chidi);

        // The same event id again, now claiming 9 attempts: already processed, so ignored.
        event.put("attemptsAllowed", 9);
        producer.sendEvent(APPLICATION_EVENTS, applicationId, eventId, EXAM_AUTHORIZED, event.toString());
        // A later, different event on the same key proves the redelivery was consumed (per-key order).
        ObjectNode marker = examAuthorized(chidi.subject(), "AM", 3);
        marker.put("applicationId", applicationId);
        Candidate second = send(producer, marker);
        await().atMost(WAIT).untilAsserted(() -> given().header("Authorization", chidi.bearer())
                .when().get("/api/v1/authorizations").then().body("total", equalTo(2)));
        given().header("Authorization", chidi.bearer()).queryParam("size", 10).when().get("/api/v1/authorizations")
                .then().body("items.find { it.id == '" + chidi.authorizationId() + "' }.attemptsAllowed", equalTo(3))
                .body("items.find { it.id == '" + second.authorizationId() + "' }.attemptsAllowed", equalTo(3));
    }

    @Test
    void applicationWithdrawnRevokesTheAuthorisationAndCancelsTheBooking() throws Exception {
        Candidate dayo = send(producer, examAuthorized("dayo-" + UUID.randomUUID(), "PM", 3));
        awaitAuthorized(dayo);
        String sessionId = session(centre(20), "PM", daysAhead(30), 20);
        String bookingId = book(dayo, sessionId);

        try (TopicProbe events = TopicProbe.fromNow(bootstrap, EXAM_EVENTS)) {
            ObjectNode withdrawn = (ObjectNode) EventContracts.exampleTree("application-service", "ApplicationWithdrawn");
            withdrawn.put("applicationId", dayo.applicationId());
            withdrawn.put("programme", "IPMA_PM");
            producer.sendEvent(APPLICATION_EVENTS, dayo.applicationId(), APPLICATION_WITHDRAWN, withdrawn.toString());

            String cancelledType = EventContracts.ceType("exam-service", "ExamBookingCancelled");
            ConsumerRecord<String, String> record = events.awaitOne(
                    ofType(cancelledType).and(withKey(dayo.applicationId())), WAIT);
            EventContracts.assertValid("exam-service", "ExamBookingCancelled", record.value());
            JsonNode cancelled = JSON.readTree(record.value());
            assertEquals(bookingId, cancelled.get("bookingId").asText());
            assertEquals("APPLICATION_WITHDRAWN", cancelled.get("reason").asText());
            assertEquals(dayo.applicantId(), cancelled.get("candidateId").asText());
        }
        given().header("Authorization", dayo.bearer()).when().get("/api/v1/authorizations")
                .then().body("items[0].status", equalTo("REVOKED")).body("items[0].activeBookingId", nullValue());
        given().when().get("/api/v1/sessions/" + sessionId).then().body("seatsTaken", equalTo(0));
        given().header("Authorization", dayo.bearer()).contentType(ContentType.JSON)
                .body(Map.of("sessionId", sessionId)).when().post("/api/v1/bookings")
                .then().statusCode(403).body("type", equalTo("https://mentorcred.org/problems/not-authorized"));

        // A late copy of the authorisation does not bring it back.
        ObjectNode late = examAuthorized(dayo.subject(), "PM", 5);
        late.put("applicationId", dayo.applicationId());
        late.put("authorizationId", dayo.authorizationId());
        send(producer, late);
        await().atMost(WAIT).untilAsserted(() -> given().header("Authorization", dayo.bearer())
                .when().get("/api/v1/authorizations")
                .then().body("items[0].attemptsAllowed", equalTo(5)).body("items[0].status", equalTo("REVOKED")));
    }

    @Test
    void otherEventsOfTheTopicAreIgnoredAndAMalformedOneIsDeadLettered() {
        try (TopicProbe dlq = TopicProbe.fromNow(bootstrap, DLQ)) {
            // Three events of one key, so one partition delivers them in this order.
            String key = UUID.randomUUID().toString();
            // Not ours: consumed without effect, and not dead-lettered.
            String submittedType = EventContracts.ceType("application-service", "ApplicationSubmitted");
            producer.sendEvent(APPLICATION_EVENTS, key, submittedType,
                    EventContracts.example("application-service", "ApplicationSubmitted"));
            // Ours, but without the candidate's token subject: it can never be applied.
            ObjectNode broken = examAuthorized("x", "PM", 3);
            broken.put("applicationId", key);
            ((ObjectNode) broken.get("candidate")).remove("subject");
            producer.sendEvent(APPLICATION_EVENTS, key, EXAM_AUTHORIZED, broken.toString());
            // The partition goes on: a valid authorisation after the broken one is applied.
            ObjectNode valid = examAuthorized("after-" + UUID.randomUUID(), "PM", 3);
            valid.put("applicationId", key);
            awaitAuthorized(send(producer, valid));

            ConsumerRecord<String, String> dead = dlq.awaitOne(withKey(key), WAIT);
            assertEquals(EXAM_AUTHORIZED, TopicProbe.header(dead, "ce_type"));
            assertEquals(1, dlq.records().size(), "only the malformed event is dead-lettered");
        }
    }
}
