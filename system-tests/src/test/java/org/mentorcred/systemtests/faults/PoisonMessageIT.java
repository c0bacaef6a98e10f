package org.mentorcred.systemtests.faults;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.mentorcred.systemtests.World.ASYNC;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorcred.infra.suite.Suite;
import org.mentorcred.infra.test.TestProducer;
import org.mentorcred.infra.test.TopicProbe;
import org.mentorcred.systemtests.SuiteExtension;
import org.mentorcred.systemtests.World;
import org.mentorcred.systemtests.api.Applicant;
import org.mentorcred.systemtests.support.Ids;

/**
 * Fault 10: a malformed message on every consumed topic goes, in each consuming service, to that service's
 * dead-letter topic {@code <topic>.<service>.dlq}, and does not hold up its partition: an application whose events
 * follow the poison on the same partitions (same key) still gets its decision, invoice and emails.
 */
@ExtendWith(SuiteExtension.class)
class PoisonMessageIT {

    /**
     * Who consumes what (the services' READMEs); application-service, the process manager, consumes eligibility-,
     * payment- and exam-events.
     */
    static final Map<String, List<String>> CONSUMERS = new LinkedHashMap<>();
    static {
        CONSUMERS.put("application-events",
                List.of("eligibility-service", "payment-service", "exam-service", "notification-service"));
        CONSUMERS.put("eligibility-events", List.of("application-service", "payment-service", "notification-service"));
        CONSUMERS.put("payment-events", List.of("application-service", "notification-service"));
        CONSUMERS.put("exam-events", List.of("application-service", "notification-service"));
    }

    /** An event type each topic really carries, so no consumer can skip the poison by its type. */
    private static final Map<String, String> TYPES = Map.of(
            "application-events", "org.mentorcred.application.ApplicationSubmitted.v1",
            "eligibility-events", "org.mentorcred.eligibility.EligibilityDecided.v1",
            "payment-events", "org.mentorcred.payment.InvoiceIssued.v1",
            "exam-events", "org.mentorcred.exam.ExamBooked.v1");

    private static World world;

    @BeforeAll
    static void connect(Suite suite) {
        world = World.of(suite);
    }

    @AfterAll
    static void disconnect() {
        world.close();
    }

    @Test
    void aMalformedMessageOnEachTopicIsDeadLetteredByEachConsumerAndTheJourneyFinishes(Suite suite) {
        Applicant applicant = world.apis().application().newApplicant(Ids.domain("f10"));
        String id = world.apis().drafts().eligible(applicant, "IPMA_AM");

        List<String> deadLetterTopics = new ArrayList<>();
        CONSUMERS.forEach((topic, services) -> services.forEach(s -> deadLetterTopics.add(topic + "." + s + ".dlq")));
        String bootstrap = suite.kafka().bootstrapServers();
        Map<String, String> poisons = new LinkedHashMap<>();
        try (TopicProbe deadLetters = TopicProbe.fromBeginning(bootstrap, deadLetterTopics.toArray(String[]::new));
                TestProducer producer = new TestProducer(bootstrap)) {
            // Keyed like the application, so its own events queue behind the poison on the same partitions.
            for (String topic : CONSUMERS.keySet()) {
                String poison = "{not json: poison " + UUID.randomUUID() + " on " + topic;
                producer.sendEvent(topic, id, TYPES.get(topic), poison);
                poisons.put(topic, poison);
            }
            world.apis().application().submit(applicant, id).statusCode(200);

            // The journey finishes: decided, invoiced, and the three emails.
            world.trail().awaitOne("EligibilityDecided", id, ASYNC);
            world.trail().awaitOne("InvoiceIssued", id, ASYNC);
            for (String subject : List.of("We received your application", "You are eligible", "Invoice INV-")) {
                world.mailbox().awaitOne(applicant.email(), subject, ASYNC);
            }

            // Each consumer of each topic dead-lettered the poison, with the reason.
            CONSUMERS.forEach((topic, services) -> {
                for (String service : services) {
                    String dlq = topic + "." + service + ".dlq";
                    ConsumerRecord<String, String> dead = deadLetters.awaitOne(
                            r -> r.topic().equals(dlq) && poisons.get(topic).equals(r.value()), ASYNC);
                    assertThat(dlq + " key", dead.key(), equalTo(id));
                    assertThat(dlq + " reason", TopicProbe.header(dead, "dead-letter-reason"),
                            not(emptyOrNullString()));
                }
            });
            world.log("%d dead letters found", deadLetterTopics.size());
        }
    }
}
