package org.mentorcred.benchmarks;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads the journey's topics from their current end (no consumer group) and keeps, per application id and event
 * type, the record's timestamp: the time the producing service's outbox relay handed the event to Kafka.
 */
final class StageTimes implements AutoCloseable {

    static final String SUBMITTED = "org.mentorcred.application.ApplicationSubmitted.v1";
    static final String DECIDED = "org.mentorcred.eligibility.EligibilityDecided.v1";
    static final String INVOICED = "org.mentorcred.payment.InvoiceIssued.v1";
    private static final List<String> TOPICS = List.of("application-events", "eligibility-events", "payment-events");
    private static final Set<String> TYPES = Set.of(SUBMITTED, DECIDED, INVOICED);

    private final KafkaConsumer<String, String> consumer;
    private final Map<String, Map<String, Long>> times = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    StageTimes(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "benchmarks-stage-times");
        consumer = new KafkaConsumer<>(props);
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : TOPICS) {
            for (PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
                partitions.add(new TopicPartition(topic, info.partition()));
            }
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        thread = new Thread(this::poll, "stage-times");
        thread.setDaemon(true);
        thread.start();
    }

    private void poll() {
        try {
            while (running) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    Header type = record.headers().lastHeader("ce_type");
                    if (record.key() == null || type == null) {
                        continue;
                    }
                    String ceType = new String(type.value(), StandardCharsets.UTF_8);
                    if (TYPES.contains(ceType)) {
                        times.computeIfAbsent(record.key(), k -> new ConcurrentHashMap<>())
                                .putIfAbsent(ceType, record.timestamp());
                    }
                }
            }
        } catch (WakeupException stopping) {
            // closed
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    /** Epoch milliseconds of the event of {@code type} for {@code applicationId}, or null while not seen. */
    Long at(String applicationId, String type) {
        Map<String, Long> byType = times.get(applicationId);
        return byType == null ? null : byType.get(type);
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
