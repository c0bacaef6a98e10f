package org.mentorcred.notification.support;

import java.util.Map;
import java.util.UUID;

import org.mentorcred.infra.test.EventContracts;
import org.mentorcred.infra.test.TestProducer;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Publishes the producers' own examples (EventContracts), varied per test, to the real broker the way each
 * producer would: on its topic, keyed by the application id, with CloudEvents headers.
 */
public final class Events implements AutoCloseable {

    public static final String APPLICATION = "application-service";
    public static final String ELIGIBILITY = "eligibility-service";
    public static final String PAYMENT = "payment-service";
    public static final String EXAM = "exam-service";

    private static final Map<String, String> TOPICS = Map.of(
            APPLICATION, "application-events",
            ELIGIBILITY, "eligibility-events",
            PAYMENT, "payment-events",
            EXAM, "exam-events");

    private final TestProducer producer;

    public Events(String bootstrap) {
        producer = new TestProducer(bootstrap);
    }

    /** A fresh copy of the producer's example of {@code event}, to vary. */
    public static ObjectNode example(String producerModule, String event) {
        return (ObjectNode) EventContracts.exampleTree(producerModule, event).deepCopy();
    }

    /** The example about another application. */
    public static ObjectNode example(String producerModule, String event, UUID applicationId) {
        ObjectNode data = example(producerModule, event);
        data.put("applicationId", applicationId.toString());
        return data;
    }

    /** Sends {@code data} as {@code event} with a fresh event id; returns the id. */
    public String send(String producerModule, String event, ObjectNode data) {
        String id = UUID.randomUUID().toString();
        send(producerModule, event, id, data);
        return id;
    }

    /** Sends {@code data} as {@code event} with the given event id (the same id twice is a redelivery). */
    public void send(String producerModule, String event, String eventId, ObjectNode data) {
        EventContracts.assertValid(producerModule, event, data.toString());
        producer.sendEvent(TOPICS.get(producerModule), data.get("applicationId").asText(), eventId,
                EventContracts.ceType(producerModule, event), data.toString());
    }

    /** Sends an ApplicationSubmitted for a new applicant; their receipt is the first email to {@code email}. */
    public void submitted(UUID applicationId, String name, String email, String language) {
        ObjectNode data = example(APPLICATION, "ApplicationSubmitted", applicationId);
        ObjectNode applicant = (ObjectNode) data.get("applicant");
        applicant.put("name", name);
        applicant.put("email", email);
        applicant.put("preferredLanguage", language);
        send(APPLICATION, "ApplicationSubmitted", data);
    }

    /** A recipient address no other test uses. */
    public static String freshEmail(String who) {
        return who + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    @Override
    public void close() {
        producer.close();
    }
}
