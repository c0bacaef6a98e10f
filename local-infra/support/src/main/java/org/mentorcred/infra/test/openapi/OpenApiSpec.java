package org.mentorcred.infra.test.openapi;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A service's live OpenAPI document ({@code /q/openapi?format=json}), read into {@link ApiOperation}s with every
 * {@code $ref} resolved (recursive schemas are cut after a few levels, which is all a test needs).
 */
public final class OpenApiSpec {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");
    /** References followed along one path; a deeper (recursive) schema is cut off there. */
    private static final int MAX_DEPTH = 6;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final JsonNode document;
    private final List<ApiOperation> operations;

    private OpenApiSpec(JsonNode document) {
        this.document = document;
        this.operations = readOperations();
    }

    /** Reads the document of the service REST Assured points at (a {@code @QuarkusTest}'s application). */
    public static OpenApiSpec fetch() {
        String json = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        return parse(json);
    }

    public static OpenApiSpec parse(String json) {
        try {
            return new OpenApiSpec(MAPPER.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException("The OpenAPI document is not JSON", e);
        }
    }

    public List<ApiOperation> operations() {
        return operations;
    }

    public JsonNode document() {
        return document;
    }

    private List<ApiOperation> readOperations() {
        List<ApiOperation> result = new ArrayList<>();
        JsonNode paths = document.path("paths");
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            List<JsonNode> shared = new ArrayList<>();
            path.getValue().path("parameters").forEach(shared::add);
            for (String method : METHODS) {
                JsonNode op = path.getValue().get(method);
                if (op == null) {
                    continue;
                }
                List<ApiOperation.Parameter> params = new ArrayList<>();
                List<JsonNode> all = new ArrayList<>(shared);
                op.path("parameters").forEach(all::add);
                for (JsonNode raw : all) {
                    JsonNode p = resolve(raw, 0);
                    params.add(new ApiOperation.Parameter(p.path("name").asText(), p.path("in").asText(),
                            p.path("required").asBoolean(false), resolve(p.path("schema"), 0)));
                }
                Map<String, JsonNode> body = new LinkedHashMap<>();
                JsonNode requestBody = resolve(op.path("requestBody"), 0);
                for (Iterator<Map.Entry<String, JsonNode>> types = requestBody.path("content").fields(); types
                        .hasNext();) {
                    Map.Entry<String, JsonNode> type = types.next();
                    body.put(type.getKey(), resolve(type.getValue().path("schema"), 0));
                }
                boolean secured = op.has("security") ? op.get("security").size() > 0 : document.has("security");
                result.add(new ApiOperation(method.toUpperCase(Locale.ROOT), path.getKey(), List.copyOf(params), body,
                        requestBody.path("required").asBoolean(false), secured));
            }
        }
        return List.copyOf(result);
    }

    /** A copy of {@code node} with every {@code $ref} replaced by what it points at. */
    JsonNode resolve(JsonNode node, int depth) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return MAPPER.createObjectNode();
        }
        if (node.isObject() && node.has("$ref")) {
            if (depth > MAX_DEPTH) {
                return MAPPER.createObjectNode();
            }
            return resolve(lookup(node.get("$ref").asText()), depth + 1);
        }
        if (node.isObject()) {
            ObjectNode copy = MAPPER.createObjectNode();
            node.fields().forEachRemaining(e -> copy.set(e.getKey(),
                    e.getValue().isContainerNode() ? resolve(e.getValue(), depth) : e.getValue()));
            return copy;
        }
        if (node.isArray()) {
            var copy = MAPPER.createArrayNode();
            node.forEach(e -> copy.add(e.isContainerNode() ? resolve(e, depth) : e));
            return copy;
        }
        return node;
    }

    private JsonNode lookup(String ref) {
        if (!ref.startsWith("#/")) {
            throw new IllegalArgumentException("Only local references are supported: " + ref);
        }
        JsonNode target = document.at(ref.substring(1));
        if (target.isMissingNode()) {
            throw new IllegalArgumentException("Unresolved reference " + ref);
        }
        return target;
    }
}
