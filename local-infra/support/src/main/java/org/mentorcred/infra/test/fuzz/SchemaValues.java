package org.mentorcred.infra.test.fuzz;

import java.util.Iterator;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A plausible value for an OpenAPI schema: its example if it has one, else a value of its type and format (the first
 * enum constant, a UUID, a date, a number within its bounds ...). The fuzzer spoils these, so that a mutation meets
 * the code behind the first checks rather than the parser.
 */
final class SchemaValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 6;

    private SchemaValues() {
    }

    static JsonNode plausible(JsonNode schema, Random random) {
        return plausible(schema, random, 0);
    }

    private static JsonNode plausible(JsonNode schema, Random random, int depth) {
        if (schema == null || schema.isMissingNode() || depth > MAX_DEPTH) {
            return NODES.nullNode();
        }
        for (String composite : new String[] { "oneOf", "anyOf", "allOf" }) {
            if (schema.path(composite).isArray() && schema.path(composite).size() > 0) {
                JsonNode options = schema.get(composite);
                return plausible(options.get(composite.equals("allOf") ? 0 : random.nextInt(options.size())), random,
                        depth + 1);
            }
        }
        if (schema.hasNonNull("example")) {
            return schema.get("example");
        }
        if (schema.path("examples").isArray() && schema.get("examples").size() > 0) {
            return schema.get("examples").get(0);
        }
        if (schema.path("enum").isArray() && schema.get("enum").size() > 0) {
            return schema.get("enum").get(random.nextInt(schema.get("enum").size()));
        }
        String type = type(schema);
        switch (type) {
            case "object": {
                ObjectNode object = NODES.objectNode();
                for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> p = it.next();
                    object.set(p.getKey(), plausible(p.getValue(), random, depth + 1));
                }
                return object;
            }
            case "array": {
                ArrayNode array = NODES.arrayNode();
                array.add(plausible(schema.path("items"), random, depth + 1));
                return array;
            }
            case "integer": {
                long min = schema.path("minimum").asLong(0);
                long max = schema.has("maximum") ? schema.get("maximum").asLong() : min + 100;
                return NODES.numberNode(min + (max > min ? Math.floorMod(random.nextLong(), max - min + 1) : 0));
            }
            case "number":
                return NODES.numberNode(schema.path("minimum").asDouble(0) + 1);
            case "boolean":
                return NODES.booleanNode(random.nextBoolean());
            default:
                return NODES.textNode(string(schema.path("format").asText("")));
        }
    }

    static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) { // OpenAPI 3.1: ["string", "null"]
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") ? "object" : schema.has("items") ? "array" : "string";
    }

    private static String string(String format) {
        return switch (format) {
            case "uuid" -> UUID.randomUUID().toString();
            case "date" -> "2026-03-14";
            case "date-time" -> "2026-03-14T09:30:00Z";
            case "email" -> "someone@example.org";
            case "uri", "url" -> "https://example.org/x";
            default -> "text";
        };
    }
}
