package org.mentorcred.eligibility;

import java.time.Duration;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.mentorcred.infra.test.EventContracts;
import org.mentorcred.infra.test.TopicProbe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** application-service's ApplicationSubmitted example with fresh ids, and what this service answers to it. */
public final class Submissions {

    public static final String APPLICATION_EVENTS = "application-events";
    public static final String ELIGIBILITY_EVENTS = "eligibility-events";
    public static final String DLQ = "application-events.eligibility-service.dlq";
    public static final String SUBMITTED = EventContracts.ceType("application-service", "ApplicationSubmitted");
    public static final String DECIDED = EventContracts.ceType("eligibility-service", "EligibilityDecided");
    public static final Duration WAIT = Duration.ofSeconds(30);

    private static final ObjectMapper JSON = new ObjectMapper();

    private Submissions() {
    }

    /** The producer's example for a new application of a new applicant (whose token subject is {@code subject}). */
    public static ObjectNode example(UUID applicationId, String subject) {
        ObjectNode event = (ObjectNode) EventContracts.exampleTree("application-service", "ApplicationSubmitted");
        event.put("applicationId", applicationId.toString());
        ObjectNode applicant = (ObjectNode) event.get("applicant");
        applicant.put("applicantId", UUID.randomUUID().toString());
        applicant.put("subject", subject);
        return event;
    }

    /** Waits for the EligibilityDecided of {@code applicationId}, checks it against this service's schema, and reads it. */
    public static JsonNode awaitDecided(TopicProbe probe, UUID applicationId) {
        ConsumerRecord<String, String> record = probe.awaitOne(
                TopicProbe.ofType(DECIDED).and(TopicProbe.withKey(applicationId.toString())), WAIT);
        EventContracts.assertValid("eligibility-service", "EligibilityDecided", record.value());
        return read(record.value());
    }

    public static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError("Not JSON: " + json, e);
        }
    }

    public static JsonNode requirement(JsonNode decided, String code) {
        for (JsonNode requirement : decided.get("requirements")) {
            if (code.equals(requirement.get("code").asText())) {
                return requirement;
            }
        }
        throw new AssertionError("No requirement " + code + " in " + decided);
    }
}
