package org.mentorcred.commons.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.mentorcred.commons.outbox.CloudEventHeaders;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;

/** A CloudEvent read from Kafka: its envelope and its JSON data, read as the consumer's own type. */
public final class InboundEvent {

    private final String id;
    private final String type;
    private final String source;
    private final Instant time;
    private final String topic;
    private final String key;
    private final JsonNode data;
    private final ObjectMapper mapper;
    private final Validator validator;

    private InboundEvent(String id, String type, String source, Instant time, String topic, String key,
            JsonNode data, ObjectMapper mapper, Validator validator) {
        this.id = id;
        this.type = type;
        this.source = source;
        this.time = time;
        this.topic = topic;
        this.key = key;
        this.data = data;
        this.mapper = mapper;
        this.validator = validator;
    }

    static InboundEvent from(Message<String> message, ObjectMapper mapper, Validator validator) {
        IncomingKafkaRecordMetadata<?, ?> record = message.getMetadata(IncomingKafkaRecordMetadata.class)
                .orElseThrow(() -> new IllegalArgumentException("Not a Kafka message"));
        Headers headers = record.getHeaders();
        String id = header(headers, CloudEventHeaders.ID);
        String type = header(headers, CloudEventHeaders.TYPE);
        if (id == null || id.isBlank() || id.length() > 100) {
            throw new MalformedEventException("Missing or invalid ce_id header");
        }
        if (type == null || type.isBlank()) {
            throw new MalformedEventException("Missing ce_type header");
        }
        Instant time = null;
        String ceTime = header(headers, CloudEventHeaders.TIME);
        if (ceTime != null) {
            try {
                time = Instant.parse(ceTime);
            } catch (DateTimeParseException e) {
                throw new MalformedEventException("ce_time is not an RFC 3339 timestamp: " + ceTime);
            }
        }
        if (message.getPayload() == null) {
            throw new MalformedEventException("Event " + id + " has no data");
        }
        JsonNode data;
        try {
            data = mapper.readTree(message.getPayload());
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("Event " + id + " data is not JSON: " + e.getOriginalMessage());
        }
        if (data == null || !data.isObject()) {
            throw new MalformedEventException("Event " + id + " data is not a JSON object");
        }
        Object key = record.getKey();
        return new InboundEvent(id, type, header(headers, CloudEventHeaders.SOURCE), time, record.getTopic(),
                key == null ? null : key.toString(), data, mapper, validator);
    }

    /**
     * The data read as {@code type} and checked against its Bean Validation constraints: a consumer reads
     * only the fields it needs and ignores the rest.
     *
     * @throws MalformedEventException if the data does not fit
     */
    public <T> T dataAs(Class<T> type) {
        T value;
        try {
            value = mapper.treeToValue(data, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedEventException(this.type + " " + id + " does not fit " + type.getSimpleName() + ": "
                    + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()));
        }
        if (value == null) {
            throw new MalformedEventException(this.type + " " + id + " has no data");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new MalformedEventException(this.type + " " + id + " is invalid: " + violations.stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage()).sorted().collect(Collectors.joining("; ")));
        }
        return value;
    }

    public String id() {
        return id;
    }

    public String type() {
        return type;
    }

    public String source() {
        return source;
    }

    /** {@code ce_time}, when the producer recorded the event; null if absent. */
    public Instant time() {
        return time;
    }

    public String topic() {
        return topic;
    }

    public String key() {
        return key;
    }

    public JsonNode data() {
        return data;
    }

    private static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return type + " " + id + " (" + topic + "/" + key + ")";
    }
}
