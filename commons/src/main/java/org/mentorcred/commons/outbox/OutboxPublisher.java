package org.mentorcred.commons.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;

/**
 * One relay pass: claims buckets that have unsent events ({@code FOR UPDATE SKIP LOCKED}, so concurrent
 * relays of other instances take other buckets), publishes their oldest events in order, and marks
 * what the broker acknowledged as sent, all in one short database transaction per pass. Business
 * transactions never wait on Kafka: they only insert rows.
 *
 * Delivery is at least once: a crash between the broker's acknowledgement and the commit publishes the
 * batch again with the same {@code ce_id}s, which consumers' inboxes ignore.
 */
public class OutboxPublisher {

    private static final Logger LOG = Logger.getLogger(OutboxPublisher.class);

    /** Outcome of one pass. */
    public record PassResult(int published, int failed, Duration oldestLag) {
        static final PassResult NOTHING = new PassResult(0, 0, Duration.ZERO);
    }

    private final DataSource dataSource;
    private final Producer<String, String> producer;
    private final String source;
    private final int batchSize;
    private final Duration sendTimeout;

    public OutboxPublisher(DataSource dataSource, Producer<String, String> producer, String source, int batchSize,
            Duration sendTimeout) {
        this.dataSource = dataSource;
        this.producer = producer;
        this.source = source;
        this.batchSize = batchSize;
        this.sendTimeout = sendTimeout;
    }

    /** Makes sure a claimable row exists for every bucket an event may be written to. */
    public void ensureBuckets(int buckets) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO outbox_bucket (bucket) SELECT generate_series(0, ? - 1) ON CONFLICT DO NOTHING")) {
            insert.setInt(1, buckets);
            insert.executeUpdate();
        }
    }

    public PassResult publishPending() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                PassResult result = publishPending(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private PassResult publishPending(Connection c) throws SQLException {
        List<Integer> buckets = claimBuckets(c);
        if (buckets.isEmpty()) {
            return PassResult.NOTHING;
        }
        List<Row> rows = unsentRows(c, buckets);
        if (rows.isEmpty()) {
            return PassResult.NOTHING;
        }

        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        RuntimeException sendFailure = null;
        for (Row row : rows) {
            try {
                acks.add(producer.send(row.toRecord(source)));
            } catch (RuntimeException e) {
                // The producer could not even take the record (no metadata: the broker is away). Stop here;
                // what was not handed over is tried again next pass.
                sendFailure = e;
                break;
            }
        }

        List<UUID> sent = new ArrayList<>();
        List<UUID> failed = new ArrayList<>();
        Set<String> blockedKeys = new HashSet<>();
        String lastError = sendFailure == null ? null : describe(sendFailure);
        long deadline = System.nanoTime() + sendTimeout.toNanos();
        Duration oldestLag = Duration.ZERO;
        Instant now = Instant.now();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            boolean acked = false;
            if (i < acks.size()) {
                try {
                    acks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    acked = true;
                } catch (ExecutionException | TimeoutException e) {
                    lastError = describe(e instanceof ExecutionException ? e.getCause() : e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    lastError = "interrupted";
                }
            }
            // Once an event of a key fails, its later events wait too: they must not overtake it.
            if (acked && !blockedKeys.contains(row.key)) {
                sent.add(row.id);
                Duration lag = Duration.between(row.createdAt, now);
                if (lag.compareTo(oldestLag) > 0) {
                    oldestLag = lag;
                }
            } else {
                blockedKeys.add(row.key);
                failed.add(row.id);
            }
        }

        if (!sent.isEmpty()) {
            try (PreparedStatement mark = c.prepareStatement(
                    "UPDATE outbox_event SET sent_at = now(), attempts = attempts + 1 WHERE id = ANY (?)")) {
                mark.setArray(1, uuidArray(c, sent));
                mark.executeUpdate();
            }
        }
        if (!failed.isEmpty()) {
            try (PreparedStatement mark = c.prepareStatement(
                    "UPDATE outbox_event SET attempts = attempts + 1, last_error = ? WHERE id = ANY (?)")) {
                mark.setString(1, lastError);
                mark.setArray(2, uuidArray(c, failed));
                mark.executeUpdate();
            }
            LOG.warnf("Outbox relay: %d event(s) not acknowledged by Kafka, will retry: %s", failed.size(), lastError);
        }
        return new PassResult(sent.size(), failed.size(), oldestLag);
    }

    private List<Integer> claimBuckets(Connection c) throws SQLException {
        List<Integer> buckets = new ArrayList<>();
        try (PreparedStatement claim = c.prepareStatement("""
                SELECT b.bucket FROM outbox_bucket b
                WHERE EXISTS (SELECT 1 FROM outbox_event e WHERE e.bucket = b.bucket AND e.sent_at IS NULL)
                ORDER BY b.bucket
                FOR UPDATE SKIP LOCKED""");
                ResultSet rs = claim.executeQuery()) {
            while (rs.next()) {
                buckets.add(rs.getInt(1));
            }
        }
        return buckets;
    }

    private List<Row> unsentRows(Connection c, List<Integer> buckets) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("""
                SELECT id, topic, message_key, event_type, payload, created_at FROM outbox_event
                WHERE sent_at IS NULL AND bucket = ANY (?)
                ORDER BY seq
                LIMIT ?""")) {
            select.setArray(1, c.createArrayOf("integer", buckets.toArray()));
            select.setInt(2, batchSize);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getObject(6, OffsetDateTime.class).toInstant()));
                }
            }
        }
        return rows;
    }

    private static Array uuidArray(Connection c, List<UUID> ids) throws SQLException {
        return c.createArrayOf("uuid", ids.toArray());
    }

    private static String describe(Throwable e) {
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    /** Deletes published rows older than the retention period; returns how many. */
    public int deleteSentBefore(Instant cutoff) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement delete = c.prepareStatement(
                        "DELETE FROM outbox_event WHERE sent_at IS NOT NULL AND sent_at < ?")) {
            delete.setObject(1, OffsetDateTime.ofInstant(cutoff, java.time.ZoneOffset.UTC));
            return delete.executeUpdate();
        }
    }

    private record Row(UUID id, String topic, String key, String type, String payload, Instant createdAt) {

        ProducerRecord<String, String> toRecord(String source) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, payload);
            header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
            header(record, CloudEventHeaders.ID, id.toString());
            header(record, CloudEventHeaders.TYPE, type);
            header(record, CloudEventHeaders.SOURCE, source);
            header(record, CloudEventHeaders.TIME, DateTimeFormatter.ISO_INSTANT.format(createdAt));
            header(record, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
            return record;
        }

        private static void header(ProducerRecord<String, String> record, String name, String value) {
            record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
