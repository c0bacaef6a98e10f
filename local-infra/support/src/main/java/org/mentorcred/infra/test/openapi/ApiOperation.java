package org.mentorcred.infra.test.openapi;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One operation of a service's OpenAPI document, as the security tests read it: its key ({@code "GET /api/v1/x/{id}"}),
 * its parameters, the media types and (resolved) schema of its request body, and whether it declares security.
 */
public record ApiOperation(String method, String path, List<Parameter> parameters, Map<String, JsonNode> requestBody,
        boolean bodyRequired, boolean secured) {

    /** A path, query or header parameter with its (resolved) schema. */
    public record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    public String key() {
        return method + " " + path;
    }

    public List<Parameter> parameters(String in) {
        return parameters.stream().filter(p -> p.in().equals(in)).toList();
    }

    /** Whether the path addresses one resource by id ({@code /invoices/{id}}). */
    public boolean takesId() {
        return !parameters("path").isEmpty();
    }

    /** The JSON schema of the body, if the operation takes JSON. */
    public JsonNode jsonBodySchema() {
        return requestBody.entrySet().stream().filter(e -> e.getKey().contains("json")).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    @Override
    public String toString() {
        return key();
    }
}
