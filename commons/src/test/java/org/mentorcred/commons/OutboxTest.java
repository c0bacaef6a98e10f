package org.mentorcred.commons;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorcred.infra.test.TopicProbe.header;
import static org.mentorcred.infra.test.TopicProbe.withKey;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.mentorcred.commons.outbox.OutboxPublisher;
import org.mentorcred.commons.testapp.NoteService;
import org.mentorcred.infra.kafka.KafkaBrokerProcess;
import org.mentorcred.infra.test.TopicProbe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OutboxTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    /** Injected by LocalInfraResource. */
    KafkaBrokerProcess broker;

    @Inject
    NoteService notes;

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void committedEventIsPublishedAfterCommitWithCloudEventsHeaders() throws Exception {
        try (TopicProbe probe = TopicProbe.fromNow(bootstrap, NoteService.TOPIC)) {
            String key = "key-" + UUID.randomUUID();
            Instant before = Instant.now().minusSeconds(1);

            UUID eventId = notes.write(key, "hello", 1, false);

            ConsumerRecord<String, String> record = probe.awaitOne(withKey(key), WAIT);
            assertEquals(eventId.toString(), header(record, "ce_id"));
            assertEquals(NoteService.NOTE_WRITTEN, header(record, "ce_type"));
            assertEquals("/mentorcred/commons-test", header(record, "ce_source"));
            assertEquals("1.0", header(record, "ce_specversion"));
            assertEquals("application/json", header(record, "content-type"));
            assertTrue(Instant.parse(header(record, "ce_time")).isAfter(before));
            JsonNode data = mapper.readTree(record.value());
            assertEquals("hello", data.get("text").asText());
            assertEquals(key, data.get("key").asText());
            await().atMost(WAIT).until(() -> sentAt(eventId) != null);
        }
    }

    @Test
    void rolledBackTransactionPublishesNothing() throws Exception {
        try (TopicProbe probe = TopicProbe.fromNow(bootstrap, NoteService.TOPIC)) {
            String key = "key-" + UUID.randomUUID();

            assertThrows(IllegalStateException.class, () -> notes.write(key, "rolled back", 1, true));
            UUID marker = notes.write(key, "marker", 2, false);

            // Same key, same bucket and partition: had the rolled-back event been published, it would be first.
            probe.awaitOne(r -> marker.toString().equals(header(r, "ce_id")), WAIT);
            List<ConsumerRecord<String, String>> forKey = probe.records(withKey(key));
            assertEquals(1, forKey.size(), "only the committed event reaches the broker");
            assertEquals(0, count("SELECT count(*) FROM outbox_event WHERE message_key = ? AND payload LIKE '%rolled back%'", key));
            assertEquals(0, count("SELECT count(*) FROM note WHERE text = ?", "rolled back"));
        }
    }

    @Test
    void eventCommittedWhileTheBrokerIsDownIsPublishedWhenItComesBack() throws Exception {
        String key = "key-" + UUID.randomUUID();
        UUID eventId;
        broker.stop();
        try {
            eventId = notes.write(key, "written while Kafka was down", 1, false);
            // The relay tries, fails, and keeps the row.
            await().atMost(WAIT).until(() -> attempts(eventId) >= 1);
            assertNull(sentAt(eventId));
            // Meanwhile the service tells its load balancer it is not ready.
            await().atMost(WAIT).until(() -> readinessStatus() == 503);
        } finally {
            broker.start();
        }
        // ... and ready again once the broker is back (later tests also rely on a ready service).
        await().atMost(WAIT).until(() -> readinessStatus() == 200);
        try (TopicProbe probe = TopicProbe.fromBeginning(bootstrap, NoteService.TOPIC)) {
            ConsumerRecord<String, String> record = probe.awaitOne(r -> eventId.toString().equals(header(r, "ce_id")), WAIT);
            assertEquals(key, record.key());
            await().atMost(WAIT).until(() -> sentAt(eventId) != null);
            assertEquals(1, probe.records(r -> eventId.toString().equals(header(r, "ce_id"))).size());
        }
    }

    @Test
    void severalRelaysPublishEveryEventOnceAndKeepTheOrderOfEachKey() throws Exception {
        int keys = 20;
        int perKey = 15;
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> keyNames = new ArrayList<>();
        for (int k = 0; k < keys; k++) {
            keyNames.add("order-" + run + "-" + k);
        }
        AtomicBoolean relaying = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try (TopicProbe probe = TopicProbe.fromNow(bootstrap, NoteService.TOPIC)) {
            // Two more relays, as two more instances of the service would run, beside the application's own.
            List<Future<?>> relays = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                KafkaProducer<String, String> producer = new KafkaProducer<>(producerProps());
                OutboxPublisher publisher = new OutboxPublisher(dataSource, producer, "/mentorcred/commons-test", 50,
                        Duration.ofSeconds(10));
                relays.add(pool.submit(() -> {
                    try (producer) {
                        while (relaying.get()) {
                            if (publisher.publishPending().published() == 0) {
                                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5)); // an idle relay's poll interval
                            }
                        }
                    }
                    return null;
                }));
            }
            // Four writers, each owning some keys and writing their events in order.
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int writer = w;
                writers.add(pool.submit(() -> {
                    for (int seq = 1; seq <= perKey; seq++) {
                        for (int k = writer; k < keys; k += 4) {
                            notes.write(keyNames.get(k), "ordered", seq, false);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(2, TimeUnit.MINUTES);
            }

            List<ConsumerRecord<String, String>> published = probe.await(r -> keyNames.contains(r.key()), keys * perKey, WAIT);
            relaying.set(false);
            for (Future<?> relay : relays) {
                relay.get(1, TimeUnit.MINUTES);
            }

            assertEquals(keys * perKey, new HashSet<>(published.stream().map(r -> header(r, "ce_id")).toList()).size(),
                    "each event published once");
            Map<String, List<Integer>> sequences = new LinkedHashMap<>();
            for (ConsumerRecord<String, String> r : published) {
                sequences.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(mapper.readTree(r.value()).get("sequence").asInt());
            }
            for (String key : keyNames) {
                List<Integer> expected = new ArrayList<>();
                for (int seq = 1; seq <= perKey; seq++) {
                    expected.add(seq);
                }
                assertEquals(expected, sequences.get(key), "events of " + key + " in the order they were written");
            }
        } finally {
            relaying.set(false);
            pool.shutdownNow();
        }
    }

    private Properties producerProps() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        return props;
    }

    private Instant sentAt(UUID eventId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT sent_at FROM outbox_event WHERE id = ?")) {
            ps.setObject(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "outbox row " + eventId + " exists");
                java.time.OffsetDateTime sent = rs.getObject(1, java.time.OffsetDateTime.class);
                return sent == null ? null : sent.toInstant();
            }
        }
    }

    private int attempts(UUID eventId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT attempts FROM outbox_event WHERE id = ?")) {
            ps.setObject(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                return rs.getInt(1);
            }
        }
    }

    private int count(String sql, String param) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static int readinessStatus() {
        return org.mentorcred.infra.test.Management.given().when().get("/q/health/ready").then().extract().statusCode();
    }
}
