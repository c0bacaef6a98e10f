package org.mentorcred.eligibility.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorcred.eligibility.Submissions.APPLICATION_EVENTS;
import static org.mentorcred.eligibility.Submissions.DECIDED;
import static org.mentorcred.eligibility.Submissions.DLQ;
import static org.mentorcred.eligibility.Submissions.ELIGIBILITY_EVENTS;
import static org.mentorcred.eligibility.Submissions.SUBMITTED;
import static org.mentorcred.eligibility.Submissions.WAIT;
import static org.mentorcred.eligibility.Submissions.awaitDecided;
import static org.mentorcred.eligibility.Submissions.example;
import static org.mentorcred.eligibility.Submissions.requirement;
import static org.mentorcred.infra.test.TopicProbe.header;
import static org.mentorcred.infra.test.TopicProbe.ofType;
import static org.mentorcred.infra.test.TopicProbe.withKey;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorcred.eligibility.Submissions;
import org.mentorcred.eligibility.decision.repository.DecisionRepository;
import org.mentorcred.eligibility.rules.Programme;
import org.mentorcred.infra.test.EventContracts;
import org.mentorcred.infra.test.TestProducer;
import org.mentorcred.infra.test.TopicProbe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** ApplicationSubmitted, built from application-service's example, through the real broker to EligibilityDecided. */
@QuarkusTest
class ApplicationSubmittedConsumerTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    DecisionRepository decisions;

    TestProducer producer;
    TopicProbe decided;

    @BeforeEach
    void connect() {
        producer = new TestProducer(bootstrap);
        decided = TopicProbe.fromNow(bootstrap, ELIGIBILITY_EVENTS);
    }

    @AfterEach
    void disconnect() {
        decided.close();
        producer.close();
    }

    @Test
    void decidesTheProducersExampleAndEmitsAnEventThatMatchesTheSchema() {
        UUID applicationId = UUID.randomUUID();
        ObjectNode submitted = example(applicationId, "amara-" + applicationId);
        producer.sendEvent(APPLICATION_EVENTS, applicationId.toString(), SUBMITTED, submitted.toString());

        ConsumerRecord<String, String> record = decided.awaitOne(ofType(DECIDED).and(withKey(applicationId.toString())), WAIT);
        EventContracts.assertValid("eligibility-service", "EligibilityDecided", record.value());
        assertEquals("/mentorcred/eligibility-service", header(record, "ce_source"));
        assertNotNull(header(record, "ce_id"));

        JsonNode event = Submissions.read(record.value());
        assertEquals(applicationId.toString(), event.get("applicationId").asText());
        assertEquals(submitted.at("/applicant/applicantId").asText(), event.get("applicantId").asText());
        assertEquals("IMC_CPM", event.get("programme").asText());
        assertEquals(1, event.get("ruleSetVersion").asInt());
        assertTrue(event.get("eligible").asBoolean(), event::toString);
        assertFalse(event.get("pendingReview").asBoolean());
        List<String> codes = new ArrayList<>();
        event.get("requirements").forEach(r -> codes.add(r.get("code").asText()));
        assertEquals(List.of("TRAINING_HOURS", "COMPLETED_ENGAGEMENTS", "REFERENCES", "SUPERVISION_DECLARATION"), codes);
        // 24 accredited hours with a certificate + 12 endorsed hours from a verified partner record
        assertEquals("36", requirement(event, "TRAINING_HOURS").get("actual").asText());
        assertEquals("2", requirement(event, "REFERENCES").get("actual").asText());
        assertTrue(requirement(event, "TRAINING_HOURS").get("explanation").isNull());
    }

    @Test
    void anIneligibleApplicationIsExplainedRequirementByRequirement() {
        UUID applicationId = UUID.randomUUID();
        ObjectNode submitted = example(applicationId, "ineligible-" + applicationId);
        ObjectNode evidence = (ObjectNode) submitted.get("evidence");
        ((ObjectNode) evidence.get("trainings").get(0)).put("hours", 22.9);
        ObjectNode third = (ObjectNode) evidence.get("engagements").get(2);
        third.put("completed", false);
        third.putNull("endDate");
        evidence.putNull("supervision");
        producer.sendEvent(APPLICATION_EVENTS, applicationId.toString(), SUBMITTED, submitted.toString());

        JsonNode event = awaitDecided(decided, applicationId);
        assertFalse(event.get("eligible").asBoolean());
        JsonNode training = requirement(event, "TRAINING_HOURS");
        assertFalse(training.get("met").asBoolean());
        assertEquals("35", training.get("required").asText());
        assertEquals("34.9", training.get("actual").asText());
        assertTrue(training.get("explanation").asText().startsWith("0.1 more training hours"), training::toString);
        JsonNode engagements = requirement(event, "COMPLETED_ENGAGEMENTS");
        assertEquals("2", engagements.get("actual").asText());
        assertTrue(engagements.get("explanation").asText().startsWith("one more completed engagement"), engagements::toString);
        assertTrue(requirement(event, "REFERENCES").get("met").asBoolean());
        assertEquals("missing", requirement(event, "SUPERVISION_DECLARATION").get("actual").asText());
    }

    @Test
    void everyProgrammeIsDecidedWithItsOwnRulesAndEveryEventMatchesTheSchema() {
        Map<Programme, List<String>> expected = Map.of(
                Programme.IMC_CPM, List.of("TRAINING_HOURS", "COMPLETED_ENGAGEMENTS", "REFERENCES", "SUPERVISION_DECLARATION"),
                Programme.IPMA_AM, List.of("SERVICE_HOURS", "ETHICS_DECLARATION"),
                Programme.IPMA_PM, List.of("EDUCATION", "SERVICE_HOURS", "MENTORING_YEARS", "ETHICS_DECLARATION"),
                Programme.IPMA_SM, List.of("PRIOR_CREDENTIAL", "SERVICE_HOURS", "MENTORING_YEARS", "ETHICS_DECLARATION"),
                Programme.IPMA_MM, List.of("PRIOR_CREDENTIAL", "SERVICE_HOURS", "MENTORING_YEARS", "SIGNIFICANT_CONTRIBUTION",
                        "ETHICS_DECLARATION"),
                Programme.IPMA_SM_FAST_TRACK, List.of("EDUCATION", "ETHICS_DECLARATION", "EXPERIENCE", "PROFESSIONAL"));
        // The example: 100 service hours over 2023-01-09..2025-06-30, a master's degree, ethics, no credentials.
        Map<Programme, Boolean> eligible = Map.of(Programme.IMC_CPM, true, Programme.IPMA_AM, true, Programme.IPMA_PM, true,
                Programme.IPMA_SM, false, Programme.IPMA_MM, false, Programme.IPMA_SM_FAST_TRACK, false);
        Map<Programme, UUID> applications = new EnumMap<>(Programme.class);
        for (Programme programme : Programme.values()) {
            UUID applicationId = UUID.randomUUID();
            applications.put(programme, applicationId);
            ObjectNode submitted = example(applicationId, "programmes-" + applicationId);
            submitted.put("programme", programme.name());
            producer.sendEvent(APPLICATION_EVENTS, applicationId.toString(), SUBMITTED, submitted.toString());
        }
        applications.forEach((programme, applicationId) -> {
            JsonNode event = awaitDecided(decided, applicationId);
            assertEquals(programme.name(), event.get("programme").asText());
            List<String> codes = new ArrayList<>();
            event.get("requirements").forEach(r -> codes.add(r.get("code").asText()));
            assertEquals(expected.get(programme), codes, programme::name);
            assertEquals(eligible.get(programme), event.get("eligible").asBoolean(), () -> programme + ": " + event);
            event.get("requirements").forEach(r -> assertEquals(r.get("met").asBoolean(), r.get("explanation").isNull()
                    || r.get("pendingReview").asBoolean(), () -> programme + " explains exactly what is unmet: " + r));
        });
    }

    @Test
    void aRedeliveredSubmissionYieldsOneDecisionAndOneEvent() {
        UUID applicationId = UUID.randomUUID();
        String key = applicationId.toString();
        ObjectNode submitted = example(applicationId, "twice-" + applicationId);
        String eventId = UUID.randomUUID().toString();
        producer.sendEvent(APPLICATION_EVENTS, key, eventId, SUBMITTED, submitted.toString());
        producer.sendEvent(APPLICATION_EVENTS, key, eventId, SUBMITTED, submitted.toString());
        // The same submission again under a new event id (a producer that published it twice) is no new decision either.
        producer.sendEvent(APPLICATION_EVENTS, key, SUBMITTED, submitted.toString());
        // A later submission of the same application: decided anew. Same key, same partition, so once its decision
        // is out, every earlier delivery has been handled.
        ObjectNode resubmitted = submitted.deepCopy();
        resubmitted.put("submittedAt", "2026-11-21T09:00:00Z");
        producer.sendEvent(APPLICATION_EVENTS, key, SUBMITTED, resubmitted.toString());

        List<ConsumerRecord<String, String>> events = decided.await(ofType(DECIDED).and(withKey(key)), 2, WAIT);
        assertEquals(2, events.size(), "one event per submission");
        assertEquals(1, decisionsOf(applicationId, "2026-11-20T10:15:30Z"));
        assertEquals(1, decisionsOf(applicationId, "2026-11-21T09:00:00Z"));
        assertEquals(2, decided.records(ofType(DECIDED).and(withKey(key))).size());
        assertFalse(Submissions.read(events.get(0).value()).get("decisionId")
                .equals(Submissions.read(events.get(1).value()).get("decisionId")));
    }

    @Test
    void aSubmissionOlderThanTheDecidedOneIsIgnored() {
        UUID applicationId = UUID.randomUUID();
        String key = applicationId.toString();
        ObjectNode submitted = example(applicationId, "stale-" + applicationId);
        submitted.put("submittedAt", "2026-11-21T09:00:00Z");
        producer.sendEvent(APPLICATION_EVENTS, key, SUBMITTED, submitted.toString());
        ObjectNode older = submitted.deepCopy();
        older.put("submittedAt", "2026-11-20T09:00:00Z");
        producer.sendEvent(APPLICATION_EVENTS, key, SUBMITTED, older.toString());
        ObjectNode newer = submitted.deepCopy();
        newer.put("submittedAt", "2026-11-22T09:00:00Z");
        producer.sendEvent(APPLICATION_EVENTS, key, SUBMITTED, newer.toString());

        decided.await(ofType(DECIDED).and(withKey(key)), 2, WAIT);
        assertEquals(2, decided.records(ofType(DECIDED).and(withKey(key))).size());
        assertEquals(0, decisionsOf(applicationId, "2026-11-20T09:00:00Z"));
    }

    @Test
    void malformedEventsGoToTheDeadLetterTopicAndTheConsumerGoesOn() {
        try (TopicProbe dlq = TopicProbe.fromNow(bootstrap, DLQ)) {
            String notJson = UUID.randomUUID().toString();
            producer.sendEvent(APPLICATION_EVENTS, notJson, SUBMITTED, "{\"applicationId\": ");

            UUID incomplete = UUID.randomUUID();
            ObjectNode missingFields = example(incomplete, "incomplete-" + incomplete);
            missingFields.remove("submittedAt");
            ((ObjectNode) missingFields.get("applicant")).remove("subject");
            producer.sendEvent(APPLICATION_EVENTS, incomplete.toString(), SUBMITTED, missingFields.toString());

            UUID unknownProgramme = UUID.randomUUID();
            ObjectNode wrongValue = example(unknownProgramme, "wrong-" + unknownProgramme);
            wrongValue.put("programme", "IPMA_GRANDMASTER");
            producer.sendEvent(APPLICATION_EVENTS, unknownProgramme.toString(), SUBMITTED, wrongValue.toString());

            ConsumerRecord<String, String> unreadable = dlq.awaitOne(withKey(notJson), WAIT);
            assertTrue(header(unreadable, "dead-letter-reason").contains("not JSON"), header(unreadable, "dead-letter-reason"));
            String reason = header(dlq.awaitOne(withKey(incomplete.toString()), WAIT), "dead-letter-reason");
            assertTrue(reason.contains("submittedAt") && reason.contains("applicant.subject"), reason);
            dlq.awaitOne(withKey(unknownProgramme.toString()), WAIT);

            UUID fine = UUID.randomUUID();
            producer.sendEvent(APPLICATION_EVENTS, fine.toString(), SUBMITTED, example(fine, "fine-" + fine).toString());
            awaitDecided(decided, fine);
            assertEquals(0, decided.records(withKey(incomplete.toString())).size());
            assertEquals(0, decisionsOf(incomplete, "2026-11-20T10:15:30Z"));
        }
    }

    @Test
    void otherEventsOfTheTopicAreAcknowledgedAndIgnored() {
        try (TopicProbe dlq = TopicProbe.fromNow(bootstrap, DLQ)) {
            UUID applicationId = UUID.randomUUID();
            ObjectNode withdrawn = (ObjectNode) EventContracts.exampleTree("application-service", "ApplicationWithdrawn");
            withdrawn.put("applicationId", applicationId.toString());
            producer.sendEvent(APPLICATION_EVENTS, applicationId.toString(),
                    EventContracts.ceType("application-service", "ApplicationWithdrawn"), withdrawn.toString());
            producer.sendEvent(APPLICATION_EVENTS, applicationId.toString(), SUBMITTED,
                    example(applicationId, "other-" + applicationId).toString());

            awaitDecided(decided, applicationId);
            assertEquals(1, decided.records(withKey(applicationId.toString())).size());
            assertEquals(0, dlq.records(withKey(applicationId.toString())).size());
        }
    }

    private long decisionsOf(UUID applicationId, String submittedAt) {
        return QuarkusTransaction.requiringNew().call(() -> decisions.count("applicationId = ?1 and submittedAt = ?2",
                applicationId, OffsetDateTime.parse(submittedAt)));
    }
}
