package org.mentorcred.infra.test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes records the way another service (or a broken one) would, for consumer tests. */
public final class TestProducer implements AutoCloseable {

    private final KafkaProducer<String, String> producer;

    public TestProducer(String bootstrap) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(props);
    }

    /** A CloudEvents (binary mode) event with a fresh id; returns the id. */
    public String sendEvent(String topic, String key, String ceType, String json) {
        String id = UUID.randomUUID().toString();
        sendEvent(topic, key, id, ceType, json);
        return id;
    }

    /** A CloudEvents event with the given id, for redelivery tests. */
    public void sendEvent(String topic, String key, String ceId, String ceType, String json) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_specversion", "1.0");
        headers.put("ce_id", ceId);
        headers.put("ce_type", ceType);
        headers.put("ce_source", "/mentorcred/tests");
        headers.put("ce_time", Instant.now().toString());
        headers.put("content-type", "application/json");
        send(topic, key, json, headers);
    }

    /** Any record at all, headers included: the way to send a malformed one. */
    public void send(String topic, String key, String value, Map<String, String> headers) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        headers.forEach((name, v) -> record.headers().add(name, v == null ? null : v.getBytes(StandardCharsets.UTF_8)));
        try {
            producer.send(record).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not publish to " + topic, e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
