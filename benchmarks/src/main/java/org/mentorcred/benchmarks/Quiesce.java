package org.mentorcred.benchmarks;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.mentorcred.infra.suite.Suite;

/**
 * Waits until the suite has nothing left to do from earlier runs: no consumer group lags, no outbox holds an
 * unpublished event, no email waits to be sent. Each run then starts from an idle suite.
 */
final class Quiesce implements AutoCloseable {

    private final Suite suite;
    private final Api api;
    private final Tokens tokens;
    private final Admin admin;

    Quiesce(Suite suite, Api api, Tokens tokens) {
        this.suite = suite;
        this.api = api;
        this.tokens = tokens;
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, suite.kafka().bootstrapServers());
        this.admin = Admin.create(props);
    }

    /** Returns how long it waited; fails after {@code timeout}. */
    Duration await(Duration timeout) {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        int idleChecks = 0;
        String last = "";
        while (idleChecks < 2) {
            last = backlog();
            idleChecks = last.isEmpty() ? idleChecks + 1 : 0;
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Suite still busy after " + timeout.toSeconds() + " s: " + last);
            }
            sleep(idleChecks > 0 ? 300 : 500);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** What is still pending, or "" when the suite is idle. */
    String backlog() {
        StringBuilder busy = new StringBuilder();
        long lag = consumerLag();
        if (lag > 0) {
            busy.append("consumer lag ").append(lag).append("; ");
        }
        for (String service : Suite.SERVICES) {
            long pending = api.call("GET", suite.url(service) + "/api/v1/admin/outbox", tokens.admin(), null)
                    .expect(200).json().path("pending").asLong();
            if (pending > 0) {
                busy.append(service).append(" outbox ").append(pending).append("; ");
            }
        }
        long mails = api.call("GET", suite.url("notification-service") + "/api/v1/notifications?status=PENDING&size=1",
                tokens.admin(), null).expect(200).json().path("total").asLong();
        if (mails > 0) {
            busy.append("emails pending ").append(mails).append("; ");
        }
        return busy.toString();
    }

    private long consumerLag() {
        try {
            long lag = 0;
            for (ConsumerGroupListing group : admin.listConsumerGroups().all().get(30, TimeUnit.SECONDS)) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin
                        .listConsumerGroupOffsets(group.groupId()).partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                committed.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
                Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all()
                        .get(30, TimeUnit.SECONDS);
                for (Map.Entry<TopicPartition, OffsetAndMetadata> e : committed.entrySet()) {
                    if (e.getValue() != null && ends.containsKey(e.getKey())) {
                        lag += Math.max(0, ends.get(e.getKey()).offset() - e.getValue().offset());
                    }
                }
            }
            return lag;
        } catch (Exception e) {
            throw new IllegalStateException("Could not read consumer lag", e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
