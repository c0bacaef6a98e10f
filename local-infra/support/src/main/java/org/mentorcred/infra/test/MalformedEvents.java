package org.mentorcred.infra.test;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A consumer's answer to broken messages on a topic it reads: for an event type it consumes, a message without
 * CloudEvents headers, one whose data is not JSON, a JSON array, an empty object, and the producer's example with
 * its {@code applicationId} of the wrong type each go to the dead-letter topic, and nothing else happens: the
 * service's outbox gains no event.
 *
 * <pre>
 * MalformedEvents.verify(bootstrap, "application-events", "application-events.payment-service.dlq",
 *         "application-service", "ApplicationSubmitted");
 * </pre>
 */
public final class MalformedEvents {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private MalformedEvents() {
    }

    public static void verify(String bootstrap, String topic, String deadLetterTopic, String producerModule,
            String event) {
        String ceType = EventContracts.ceType(producerModule, event);
        ObjectNode wrongTyped = (ObjectNode) EventContracts.exampleTree(producerModule, event).deepCopy();
        wrongTyped.set("applicationId", wrongTyped.arrayNode().add(42));
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("not JSON", "{\"applicationId\": ");
        bodies.put("a JSON array", "[1, 2, 3]");
        bodies.put("an empty object", "{}");
        bodies.put("the example with an applicationId of the wrong type", wrongTyped.toString());
        long outboxBefore = outboxTotal();
        List<String> keys = new ArrayList<>();
        try (TestProducer producer = new TestProducer(bootstrap);
                TopicProbe dead = TopicProbe.fromNow(bootstrap, deadLetterTopic)) {
            String headerless = UUID.randomUUID().toString();
            keys.add(headerless);
            producer.send(topic, headerless, EventContracts.example(producerModule, event), Map.of());
            for (String body : bodies.values()) {
                String key = UUID.randomUUID().toString();
                keys.add(key);
                Map<String, String> headers = new LinkedHashMap<>();
                headers.put("ce_specversion", "1.0");
                headers.put("ce_id", UUID.randomUUID().toString());
                headers.put("ce_type", ceType);
                headers.put("ce_source", "/mentorcred/tests");
                headers.put("ce_time", Instant.now().toString());
                headers.put("content-type", "application/json");
                producer.send(topic, key, body, headers);
            }
            for (int i = 0; i < keys.size(); i++) {
                String what = i == 0 ? "the message without CloudEvents headers"
                        : new ArrayList<>(bodies.keySet()).get(i - 1);
                try {
                    dead.awaitOne(TopicProbe.withKey(keys.get(i)), WAIT);
                } catch (AssertionError | RuntimeException e) {
                    throw new AssertionError(event + " on " + topic + ": " + what + " did not reach " + deadLetterTopic,
                            e);
                }
            }
        }
        assertEquals(outboxBefore, outboxTotal(), "broken " + event + " messages made the service emit events");
    }

    private static long outboxTotal() {
        JsonNode page = null;
        String json = given().header("Authorization", TestTokens.bearer("admin", "admin-1"))
                .queryParam("status", "ALL").queryParam("size", 1)
                .when().get("/api/v1/admin/outbox/events")
                .then().statusCode(200).extract().asString();
        try {
            page = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new AssertionError("The outbox page is not JSON: " + json, e);
        }
        return page.path("total").asLong();
    }
}
