package org.mentorcred.infra.test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads what reaches a topic, for tests that assert on the events a service emits. It reads every
 * partition without joining a consumer group, so it never takes work from the service under test.
 */
public final class TopicProbe implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> records = new ArrayList<>();
    private final Thread poller;
    private volatile boolean running = true;

    private TopicProbe(String bootstrap, boolean fromBeginning, String... topics) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumer = new KafkaConsumer<>(props);
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            for (PartitionInfo info : partitionsOf(topic)) {
                partitions.add(new TopicPartition(topic, info.partition()));
            }
        }
        consumer.assign(partitions);
        if (fromBeginning) {
            consumer.seekToBeginning(partitions);
        } else {
            consumer.seekToEnd(partitions);
        }
        // Resolve the positions now, so "from the end" means from this moment, not from the first poll.
        partitions.forEach(consumer::position);
        poller = new Thread(this::poll, "topic-probe-" + String.join(",", topics));
        poller.setDaemon(true);
        poller.start();
    }

    /** Asking for a missing topic's metadata creates it; its partitions show up a moment later. */
    private List<PartitionInfo> partitionsOf(String topic) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
            if (infos != null && !infos.isEmpty() && infos.stream().allMatch(i -> i.leader() != null)) {
                return infos;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Topic " + topic + " has no partitions after 30 s");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Records published after this call. */
    public static TopicProbe fromNow(String bootstrap, String... topics) {
        return new TopicProbe(bootstrap, false, topics);
    }

    /** Every record the topics hold. */
    public static TopicProbe fromBeginning(String bootstrap, String... topics) {
        return new TopicProbe(bootstrap, true, topics);
    }

    private void poll() {
        try {
            while (running) {
                var batch = consumer.poll(Duration.ofMillis(200));
                if (!batch.isEmpty()) {
                    synchronized (records) {
                        batch.forEach(records::add);
                        records.notifyAll();
                    }
                }
            }
        } catch (WakeupException closing) {
            // close() woke us
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    /** What has arrived so far, in arrival order. */
    public List<ConsumerRecord<String, String>> records() {
        synchronized (records) {
            return List.copyOf(records);
        }
    }

    public List<ConsumerRecord<String, String>> records(Predicate<ConsumerRecord<String, String>> filter) {
        return records().stream().filter(filter).toList();
    }

    /** Waits until {@code count} matching records have arrived; fails with what did arrive. */
    public List<ConsumerRecord<String, String>> await(Predicate<ConsumerRecord<String, String>> filter, int count,
            Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (records) {
            while (true) {
                List<ConsumerRecord<String, String>> matching = records.stream().filter(filter).toList();
                if (matching.size() >= count) {
                    return matching;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("Expected " + count + " matching records within " + timeout
                            + " but saw " + matching.size() + " of " + records.size() + ": " + describe(records));
                }
                try {
                    records.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("Interrupted", e);
                }
            }
        }
    }

    public ConsumerRecord<String, String> awaitOne(Predicate<ConsumerRecord<String, String>> filter,
            Duration timeout) {
        return await(filter, 1, timeout).get(0);
    }

    /** A header's value as text, or null. */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    public static Predicate<ConsumerRecord<String, String>> ofType(String ceType) {
        return r -> ceType.equals(header(r, "ce_type"));
    }

    public static Predicate<ConsumerRecord<String, String>> withKey(String key) {
        return r -> key.equals(r.key());
    }

    private static String describe(List<ConsumerRecord<String, String>> records) {
        List<String> lines = new ArrayList<>();
        for (ConsumerRecord<String, String> r : records) {
            lines.add(r.topic() + "/" + r.key() + "/" + header(r, "ce_type"));
        }
        return lines.toString();
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            poller.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
