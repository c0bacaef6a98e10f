package org.mentorcred.commons;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mentorcred.infra.test.TopicProbe.header;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorcred.commons.testapp.NoteConsumer;
import org.mentorcred.commons.testapp.NoteService;
import org.mentorcred.infra.test.TestProducer;
import org.mentorcred.infra.test.TopicProbe;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class InboxTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String TOPIC = NoteService.TOPIC;
    private static final String DLQ = "commons-test-notes.commons-test.dlq";
    private static final String TYPE = NoteService.NOTE_WRITTEN;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    DataSource dataSource;

    @Inject
    NoteConsumer consumer;

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
    void duplicateDeliveryHasOneEffect() throws Exception {
        String key = "dup-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();

        producer.sendEvent(TOPIC, key, eventId, TYPE, "{\"text\":\"delivered twice\"}");
        producer.sendEvent(TOPIC, key, eventId, TYPE, "{\"text\":\"delivered twice\"}");
        String marker = producer.sendEvent(TOPIC, key, TYPE, "{\"text\":\"after the duplicate\"}");

        // Same key, same partition: once the marker is applied, both copies have been consumed.
        await().atMost(WAIT).until(() -> effects(marker) == 1);
        assertEquals(1, effects(eventId));
    }

    @Test
    void malformedMessagesGoToTheDeadLetterTopicAndTheMessagesAfterThemAreProcessed() throws Exception {
        String key = "poison-" + UUID.randomUUID();
        try (TopicProbe dead = TopicProbe.fromNow(bootstrap, DLQ)) {
            String notJson = UUID.randomUUID().toString();
            producer.send(TOPIC, key, "{this is not json", Map.of("ce_id", notJson, "ce_type", TYPE,
                    "ce_specversion", "1.0", "ce_source", "/test"));
            producer.send(TOPIC, key, "{\"text\":\"no envelope\"}", Map.of("ce_type", TYPE));
            String missingField = producer.sendEvent(TOPIC, key, TYPE, "{\"other\":1}");
            String after = producer.sendEvent(TOPIC, key, TYPE, "{\"text\":\"after the poison\"}");

            await().atMost(WAIT).until(() -> effects(after) == 1);
            List<ConsumerRecord<String, String>> deadLetters = dead.await(TopicProbe.withKey(key), 3, WAIT);
            List<String> reasons = deadLetters.stream().map(r -> header(r, "dead-letter-reason")).toList();
            assertThat(reasons.get(0), containsString("not JSON"));
            assertThat(reasons.get(1), containsString("ce_id"));
            assertThat(reasons.get(2), containsString("text"));
            assertEquals("{this is not json", deadLetters.get(0).value(), "the message is kept as it was");
            assertEquals(0, effects(notJson));
            assertEquals(0, effects(missingField));
        }
    }

    @Test
    void failingHandlerIsRetriedAndItsEffectAppliedOnce() throws Exception {
        String key = "transient-" + UUID.randomUUID();
        String eventId = producer.sendEvent(TOPIC, key, TYPE, "{\"text\":\"fail-2-then-succeed\"}");

        await().atMost(WAIT).until(() -> effects(eventId) == 1);
        // Two failed attempts wrote their effect and rolled it back together with the inbox record.
        assertEquals(3, consumer.attemptsOf(eventId));
        assertEquals(1, effects(eventId));
    }

    @Test
    void handlerThatKeepsFailingIsDeadLetteredAfterBoundedRetries() throws Exception {
        String key = "persistent-" + UUID.randomUUID();
        try (TopicProbe dead = TopicProbe.fromNow(bootstrap, DLQ)) {
            String eventId = producer.sendEvent(TOPIC, key, TYPE, "{\"text\":\"fail-always-in-this-test\"}");
            String after = producer.sendEvent(TOPIC, key, TYPE, "{\"text\":\"after the failure\"}");

            ConsumerRecord<String, String> deadLetter = dead.awaitOne(TopicProbe.withKey(key), WAIT);
            assertEquals(eventId, header(deadLetter, "ce_id"));
            assertThat(header(deadLetter, "dead-letter-reason"), containsString("after 3 attempts"));
            await().atMost(WAIT).until(() -> effects(after) == 1);
            assertEquals(3, consumer.attemptsOf(eventId));
            assertEquals(0, effects(eventId));
        }
    }

    private int effects(String eventId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM note_effect WHERE event_id = ?")) {
            ps.setString(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
