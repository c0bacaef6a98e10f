package org.mentorcred.notification.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.mentorcred.notification.support.EmailAssertions.assertContains;
import static org.mentorcred.notification.support.Events.APPLICATION;
import static org.mentorcred.notification.support.Events.ELIGIBILITY;
import static org.mentorcred.notification.support.Events.EXAM;
import static org.mentorcred.notification.support.Events.PAYMENT;
import static org.mentorcred.notification.support.Events.example;
import static org.mentorcred.notification.support.Events.freshEmail;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.mentorcred.infra.test.EventContracts;
import org.mentorcred.infra.test.TestProducer;
import org.mentorcred.infra.test.TopicProbe;
import org.mentorcred.notification.support.Events;
import org.mentorcred.notification.support.SmtpServer;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

/** What can never become an email goes to the topic's dead-letter topic, and the partition goes on. */
@QuarkusTest
class DeadLetterTest {

    SmtpServer smtp;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void unreadableMessagesOfEachTopicGoToItsDeadLetterTopic() {
        Map<String, String> topics = Map.of(APPLICATION, "application-events", ELIGIBILITY, "eligibility-events",
                PAYMENT, "payment-events", EXAM, "exam-events");
        String[] dlqs = topics.values().stream().map(t -> t + ".notification-service.dlq").toArray(String[]::new);
        try (TopicProbe probe = TopicProbe.fromNow(bootstrap, dlqs); TestProducer producer = new TestProducer(bootstrap)) {
            topics.forEach((producerModule, topic) -> {
                String key = UUID.randomUUID().toString();
                producer.sendEvent(topic, key, EventContracts.ceType(producerModule, firstEventOf(producerModule)),
                        "this is not JSON");
                ConsumerRecord<String, String> dead = probe.awaitOne(
                        r -> r.topic().equals(topic + ".notification-service.dlq") && key.equals(r.key()),
                        Duration.ofSeconds(30));
                assertNotNull(TopicProbe.header(dead, "dead-letter-reason"), "reason on " + dead.topic());
            });
        }
    }

    @Test
    void anEventWithoutAUsableAddressIsDeadLetteredAndTheNextOneStillArrives() {
        UUID applicationId = UUID.randomUUID();
        ObjectNode broken = example(APPLICATION, "ApplicationSubmitted", applicationId);
        ((ObjectNode) broken.get("applicant")).put("email", "not-an-address");
        String email = freshEmail("after");
        try (TopicProbe probe = TopicProbe.fromNow(bootstrap, "application-events.notification-service.dlq");
                TestProducer producer = new TestProducer(bootstrap);
                Events events = new Events(bootstrap)) {
            producer.sendEvent("application-events", applicationId.toString(),
                    EventContracts.ceType(APPLICATION, "ApplicationSubmitted"), broken.toString());
            events.submitted(applicationId, "Amara Okafor", email, "en");

            ConsumerRecord<String, String> dead = probe.awaitOne(r -> applicationId.toString().equals(r.key()),
                    Duration.ofSeconds(30));
            assertContains("dead-letter reason", TopicProbe.header(dead, "dead-letter-reason"), "applicant.email");
            assertEquals("We received your application for Certified Professional Mentor (IMC)",
                    smtp.awaitOneTo(email).subject());
        }
    }

    private static String firstEventOf(String producerModule) {
        return switch (producerModule) {
            case APPLICATION -> "ApplicationSubmitted";
            case ELIGIBILITY -> "EligibilityDecided";
            case PAYMENT -> "InvoiceIssued";
            default -> "ExamBooked";
        };
    }
}
