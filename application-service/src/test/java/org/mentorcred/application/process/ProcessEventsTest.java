package org.mentorcred.application.process;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorcred.application.support.Fixtures.asApplicant;
import static org.mentorcred.application.support.Journeys.APPLICATION_EVENTS;
import static org.mentorcred.application.support.Journeys.ELIGIBILITY_EVENTS;
import static org.mentorcred.application.support.Journeys.EXAM_EVENTS;
import static org.mentorcred.application.support.Journeys.PAYMENT_EVENTS;
import static org.mentorcred.application.support.Journeys.WAIT;
import static org.mentorcred.application.support.Journeys.application;
import static org.mentorcred.application.support.Journeys.awaitStatus;
import static org.mentorcred.application.support.Journeys.eligibilityDecided;
import static org.mentorcred.application.support.Journeys.example;
import static org.mentorcred.application.support.Journeys.examBooked;
import static org.mentorcred.application.support.Journeys.invoiceIssued;
import static org.mentorcred.application.support.Journeys.payFee;
import static org.mentorcred.application.support.Journeys.paymentSucceeded;
import static org.mentorcred.application.support.Journeys.permanentUpgradePaid;
import static org.mentorcred.application.support.Journeys.read;
import static org.mentorcred.application.support.Journeys.send;
import static org.mentorcred.application.support.Journeys.unexpected;
import static org.mentorcred.application.support.Journeys.submittedIpma;
import static org.mentorcred.infra.test.TopicProbe.header;
import static org.mentorcred.infra.test.TopicProbe.ofType;
import static org.mentorcred.infra.test.TopicProbe.withKey;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorcred.infra.test.EventContracts;
import org.mentorcred.infra.test.TestProducer;
import org.mentorcred.infra.test.TopicProbe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Events that do not fit, arrive twice, overtake each other, concern a credential, or cannot be read. */
@QuarkusTest
class ProcessEventsTest {

    static final String WITHDRAWN = "org.mentorcred.application.ApplicationWithdrawn.v1";

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

    static List<String> notes(JsonPath app) {
        return app.getList("timeline.findAll { it.kind == 'NOTE' }.reason");
    }

    static ObjectNode paymentFailed(String applicationId, String invoiceId) {
        ObjectNode e = example("payment-service", "PaymentFailed", applicationId);
        e.put("paymentId", UUID.randomUUID().toString());
        e.put("invoiceId", invoiceId);
        return e;
    }

    /** A note the payment consumer writes last: once it shows, every earlier event of that partition was handled. */
    static void awaitNote(String subject, String id, String text) {
        await().atMost(WAIT).until(() -> notes(application(subject, id)).stream().anyMatch(n -> n.contains(text)));
    }

    @Test
    void anEventThatDoesNotFitIsRecordedAndTheConsumerGoesOn() {
        String[] a = submittedIpma("IPMA_PM");
        String subject = a[0];
        String id = a[1];
        String ceId = send(producer, EXAM_EVENTS, "exam-service", "ExamBooked", examBooked(id, UUID.randomUUID().toString(), 1));

        await().atMost(WAIT).until(() -> unexpected(id).size() == 1);
        Map<String, Object> recorded = unexpected(id).get(0);
        assertEquals(ceId, recorded.get("eventId"));
        assertEquals("org.mentorcred.exam.ExamBooked.v1", recorded.get("eventType"));
        assertEquals("exam-events", recorded.get("topic"));
        assertEquals("SUBMITTED", recorded.get("applicationStatus"));
        assertEquals("A booking does not fit an application that is SUBMITTED", recorded.get("reason"));
        assertEquals(id, ((Map<?, ?>) recorded.get("payload")).get("applicationId"));
        JsonPath app = application(subject, id);
        assertEquals("SUBMITTED", app.getString("status"));
        assertTrue(notes(app).contains("Unexpected ExamBooked ignored: A booking does not fit an application that is SUBMITTED"),
                notes(app)::toString);
        org.mentorcred.infra.test.Management.given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("mentorcred_process_unexpected_events_total{type=\"ExamBooked\"}"));

        // The exam consumer goes on with the next event, and the others with theirs.
        ObjectNode moved = example("exam-service", "ExamBookingMoved", id);
        send(producer, EXAM_EVENTS, "exam-service", "ExamBookingMoved", moved);
        await().atMost(WAIT).until(() -> notes(application(subject, id)).stream().anyMatch(n -> n.startsWith("Exam session moved")));
        send(producer, ELIGIBILITY_EVENTS, "eligibility-service", "EligibilityDecided", eligibilityDecided(id, "IPMA_PM", true));
        awaitStatus(subject, id, "ELIGIBLE");

        // An event about an application nobody knows is recorded too.
        String stranger = UUID.randomUUID().toString();
        send(producer, PAYMENT_EVENTS, "payment-service", "InvoiceIssued", invoiceIssued(stranger, UUID.randomUUID().toString(), "IPMA_PM"));
        await().atMost(WAIT).until(() -> unexpected(stranger).size() == 1);
        assertEquals("No application " + stranger, unexpected(stranger).get(0).get("reason"));
    }

    @Test
    void aRedeliveredEventIsAppliedOnce() {
        String[] a = submittedIpma("IPMA_AM");
        String subject = a[0];
        String id = a[1];
        String invoiceId = UUID.randomUUID().toString();
        ObjectNode decided = eligibilityDecided(id, "IPMA_AM", true);
        String decidedType = EventContracts.ceType("eligibility-service", "EligibilityDecided");
        String decidedCeId = UUID.randomUUID().toString();
        producer.sendEvent(ELIGIBILITY_EVENTS, id, decidedCeId, decidedType, decided.toString());
        producer.sendEvent(ELIGIBILITY_EVENTS, id, decidedCeId, decidedType, decided.toString());
        awaitStatus(subject, id, "ELIGIBLE");
        String invoiceType = EventContracts.ceType("payment-service", "InvoiceIssued");
        String invoiceCeId = UUID.randomUUID().toString();
        String invoice = invoiceIssued(id, invoiceId, "IPMA_AM").toString();
        producer.sendEvent(PAYMENT_EVENTS, id, invoiceCeId, invoiceType, invoice);
        producer.sendEvent(PAYMENT_EVENTS, id, invoiceCeId, invoiceType, invoice);
        send(producer, PAYMENT_EVENTS, "payment-service", "PaymentFailed", paymentFailed(id, invoiceId));
        awaitNote(subject, id, "failed: Your card was declined");
        // The eligibility topic's duplicate is behind the first one; a later decision that does not fit (so it is
        // recorded) shows it was read. Had the duplicate been applied, it would have been recorded too.
        send(producer, ELIGIBILITY_EVENTS, "eligibility-service", "EligibilityDecided",
                eligibilityDecided(id, "IPMA_AM", false));
        await().atMost(WAIT).until(() -> unexpected(id).size() == 1);

        JsonPath app = application(subject, id);
        List<String> changes = CpmReviewJourneyTest.statusChanges(app);
        assertEquals(List.of("DRAFT", "SUBMITTED", "ELIGIBLE", "AWAITING_PAYMENT"), changes);
        assertEquals("AWAITING_PAYMENT", app.getString("status"));
        assertEquals("PAY_INVOICE", app.getString("nextStep.code"));
        assertTrue(app.getString("nextStep.text").startsWith("Pay invoice INV-2026-000123 (USD 170.00) by 2026-12-20"),
                app.getString("nextStep.text"));
        assertEquals(1, unexpected(id).size(), "only the new decision is unexpected, not the redelivered one");
        assertEquals("org.mentorcred.eligibility.EligibilityDecided.v1", unexpected(id).get(0).get("eventType"));
    }

    @Test
    void paymentEventsMayOvertakeTheEligibilityDecision() {
        String[] a = submittedIpma("IPMA_PM");
        String subject = a[0];
        String id = a[1];
        String invoiceId = UUID.randomUUID().toString();
        send(producer, PAYMENT_EVENTS, "payment-service", "InvoiceIssued", invoiceIssued(id, invoiceId, "IPMA_PM"));
        awaitStatus(subject, id, "AWAITING_PAYMENT");
        send(producer, ELIGIBILITY_EVENTS, "eligibility-service", "EligibilityDecided", eligibilityDecided(id, "IPMA_PM", true));
        await().atMost(WAIT).until(() -> notes(application(subject, id)).stream().anyMatch(n -> n.startsWith("Eligible")));
        assertEquals("AWAITING_PAYMENT", application(subject, id).getString("status"));
        assertTrue(unexpected(id).isEmpty());
    }

    @Test
    void anIneligibleApplicationIsClosedWithTheReason() {
        String[] a = submittedIpma("IPMA_PM");
        send(producer, ELIGIBILITY_EVENTS, "eligibility-service", "EligibilityDecided", eligibilityDecided(a[1], "IPMA_PM", false));
        JsonPath app = awaitStatus(a[0], a[1], "INELIGIBLE");
        assertEquals("Not eligible: 15 more training hours are needed", app.getString("timeline[-1].reason"));
        assertEquals("NONE", app.getString("nextStep.code"));
    }

    @Test
    void aPaymentForACredentialIsNoApplicationTransition() {
        String[] a = submittedIpma("IPMA_PM");
        String subject = a[0];
        String id = a[1];
        String invoiceId = UUID.randomUUID().toString();
        send(producer, PAYMENT_EVENTS, "payment-service", "PaymentSucceeded",
                permanentUpgradePaid(id, invoiceId, "MC-IPMA-PM-2027-000007"));
        send(producer, PAYMENT_EVENTS, "payment-service", "PaymentFailed", paymentFailed(id, UUID.randomUUID().toString()));
        awaitNote(subject, id, "failed");
        JsonPath app = application(subject, id);
        assertEquals("SUBMITTED", app.getString("status"));
        assertEquals(List.of("DRAFT", "SUBMITTED"), CpmReviewJourneyTest.statusChanges(app));
        assertTrue(unexpected(id).isEmpty());
    }

    @Test
    void aWithdrawalAfterPaymentIsAnnouncedAndItsRefundAndCancellationNoted() {
        String[] a = submittedIpma("IPMA_PM");
        String subject = a[0];
        String id = a[1];
        try (TopicProbe probe = TopicProbe.fromNow(bootstrap, APPLICATION_EVENTS)) {
            payFee(producer, subject, id, "IPMA_PM");
            awaitStatus(subject, id, "AWAITING_TRAINING");
            asApplicant(subject).contentType(ContentType.JSON).body(Map.of("reason", "Changed my plans"))
                    .when().post("/api/v1/applications/" + id + "/withdraw").then().statusCode(200)
                    .body("status", equalTo("WITHDRAWN"));
            ConsumerRecord<String, String> withdrawn = probe.awaitOne(ofType(WITHDRAWN).and(withKey(id)), WAIT);
            EventContracts.assertValid("application-service", "ApplicationWithdrawn", withdrawn.value());
            assertEquals("AWAITING_TRAINING", read(withdrawn.value()).get("previousStatus").asText());
            assertEquals(WITHDRAWN, header(withdrawn, "ce_type"));
        }
        // payment-service refunds the paid fee and exam-service cancels a booking: both only noted now.
        send(producer, PAYMENT_EVENTS, "payment-service", "RefundIssued", example("payment-service", "RefundIssued", id));
        ObjectNode cancelled = example("exam-service", "ExamBookingCancelled", id);
        cancelled.put("reason", "APPLICATION_WITHDRAWN");
        send(producer, EXAM_EVENTS, "exam-service", "ExamBookingCancelled", cancelled);
        awaitNote(subject, id, "Full refund of USD 170.00 on INV-2026-000123: Application withdrawn");
        awaitNote(subject, id, "Exam booking cancelled (APPLICATION_WITHDRAWN)");
        assertTrue(unexpected(id).isEmpty());

        // A late payment of the fee is not applied to a withdrawn application: it is recorded.
        send(producer, PAYMENT_EVENTS, "payment-service", "PaymentSucceeded", paymentSucceeded(id, UUID.randomUUID().toString()));
        await().atMost(WAIT).until(() -> unexpected(id).size() == 1);
        assertEquals("WITHDRAWN", unexpected(id).get(0).get("applicationStatus"));
        assertEquals("WITHDRAWN", application(subject, id).getString("status"));
    }

    @Test
    void aMalformedEventGoesToTheDeadLetterTopic() {
        try (TopicProbe dlq = TopicProbe.fromNow(bootstrap, "exam-events.application-service.dlq")) {
            ObjectNode result = example("exam-service", "ExamResultRecorded", UUID.randomUUID().toString());
            result.remove("passed");
            String key = result.get("applicationId").asText();
            producer.sendEvent(EXAM_EVENTS, key, EventContracts.ceType("exam-service", "ExamResultRecorded"), result.toString());
            ConsumerRecord<String, String> dead = dlq.awaitOne(withKey(key), WAIT);
            assertTrue(header(dead, "dead-letter-reason").contains("passed"), header(dead, "dead-letter-reason"));
        }
        try (TopicProbe dlq = TopicProbe.fromNow(bootstrap, "payment-events.application-service.dlq")) {
            String key = UUID.randomUUID().toString();
            producer.sendEvent(PAYMENT_EVENTS, key, EventContracts.ceType("payment-service", "InvoiceIssued"), "not json");
            assertEquals(key, dlq.awaitOne(withKey(key), WAIT).key());
        }
    }
}
