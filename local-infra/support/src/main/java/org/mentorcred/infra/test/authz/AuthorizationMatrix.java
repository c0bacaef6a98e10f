package org.mentorcred.infra.test.authz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mentorcred.infra.test.TestTokens;
import org.mentorcred.infra.test.openapi.ApiOperation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A service's authorisation matrix, read from a YAML (or JSON) resource of its tests: for every operation (method and
 * path template as in the OpenAPI document) the request to send and the expected outcome per {@link Principal}.
 *
 * <pre>
 * operations:
 *   GET /api/v1/invoices/{id}:
 *     path: {id: "${invoice}"}          # placeholders are the test's fixture variables
 *     expect: {anonymous: 401, applicantA: allowed, applicantB: 403, finance: allowed, admin: allowed, others: 403}
 *   POST /api/v1/invoices/{id}/payments:
 *     path: {id: "${invoice}"}
 *     headers: {Idempotency-Key: "${uuid}"}   # ${uuid}: a fresh UUID; ${subject}: the caller's token subject
 *     body: {card: {number: "4242424242424242", expMonth: 12, expYear: 2040, cvc: "123", holderName: A}}
 *     expect: {applicantA: allowed, finance: allowed, anonymous: 401, others: 403}
 * </pre>
 *
 * A path parameter without a {@code path} entry takes the variable of its own name. {@code others} gives the outcome
 * of every principal not named; without it every principal must be named. {@code rawBody} (with {@code contentType})
 * sends text as it is, for uploads. {@code last: true} runs an operation after all the others (an applicant's
 * erasure, say, which would spoil the fixtures of the rest).
 */
public final class AuthorizationMatrix {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.-]+)}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String source;
    private final Map<String, Entry> entries;

    private AuthorizationMatrix(String source, Map<String, Entry> entries) {
        this.source = source;
        this.entries = entries;
    }

    /** One operation's row. */
    public record Entry(String key, Map<String, String> path, Map<String, String> query, Map<String, String> headers,
            String contentType, JsonNode body, String rawBody, Map<Principal, Expectation> expect, boolean last) {

        /** The principals this operation allows, in matrix order. */
        public List<Principal> allowed() {
            return expect.entrySet().stream().filter(e -> e.getValue().allowed()).map(Map.Entry::getKey).toList();
        }

        /** The request {@code principal} sends, placeholders filled from {@code variables}. */
        public PreparedCall prepare(ApiOperation operation, Principal principal, Map<String, String> variables,
                MatrixFixtures fixtures) {
            Map<String, String> vars = new LinkedHashMap<>(variables);
            vars.putIfAbsent("subject", principal.subject() != null ? principal.subject() : principal.key());
            Map<String, String> pathParams = new LinkedHashMap<>();
            for (ApiOperation.Parameter p : operation.parameters("path")) {
                String template = path.getOrDefault(p.name(), "${" + p.name() + "}");
                pathParams.put(p.name(), fill(template, vars));
            }
            Map<String, String> queryParams = new LinkedHashMap<>();
            query.forEach((name, value) -> queryParams.put(name, fill(value, vars)));
            Map<String, String> headerValues = new LinkedHashMap<>();
            headers.forEach((name, value) -> headerValues.put(name, fill(value, vars)));
            if (principal.role() != null) {
                headerValues.put("Authorization", TestTokens.bearer(principal.role(), principal.subject()));
            } else if (principal.isPartner()) {
                headerValues.put("X-API-Key", fixtures.apiKey(principal));
            }
            String type = contentType;
            byte[] bytes = null;
            if (rawBody != null) {
                bytes = fill(rawBody, vars).getBytes(StandardCharsets.UTF_8);
            } else if (body != null) {
                try {
                    bytes = JSON.writeValueAsBytes(fillNode(body, vars));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                type = type == null ? "application/json" : type;
            }
            return new PreparedCall(operation.method(), operation.path(), pathParams, queryParams, headerValues, type,
                    bytes);
        }
    }

    public static AuthorizationMatrix load(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No matrix resource " + resource + " on the test class path");
            }
            // SnakeYAML rather than Jackson's YAML tree: it resolves anchors and aliases (&staff, *staff), which keep
            // a matrix short. YAML is a superset of JSON, so a JSON matrix reads as well.
            Object tree = new org.yaml.snakeyaml.Yaml().load(in);
            return parse(resource, JSON.valueToTree(tree));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
    }

    static AuthorizationMatrix parse(String source, JsonNode root) {
        JsonNode operations = root.path("operations");
        if (!operations.isObject() || operations.isEmpty()) {
            throw new IllegalArgumentException(source + " has no 'operations'");
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = operations.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> op = it.next();
            String key = normaliseKey(op.getKey());
            JsonNode row = op.getValue();
            try {
                entries.put(key, new Entry(key, strings(row.path("path")), strings(row.path("query")),
                        strings(row.path("headers")), row.hasNonNull("contentType") ? row.get("contentType").asText()
                                : null,
                        row.hasNonNull("body") ? row.get("body") : null,
                        row.hasNonNull("rawBody") ? row.get("rawBody").asText() : null, expectations(row.path("expect")),
                        row.path("last").asBoolean(false)));
            } catch (IllegalArgumentException e) {
                problems.add(key + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(source + " is invalid:\n" + String.join("\n", problems));
        }
        return new AuthorizationMatrix(source, entries);
    }

    private static Map<Principal, Expectation> expectations(JsonNode expect) {
        if (!expect.isObject()) {
            throw new IllegalArgumentException("no 'expect'");
        }
        Map<Principal, Expectation> result = new EnumMap<>(Principal.class);
        Expectation others = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = expect.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            Expectation expectation = Expectation.parse(e.getValue().asText());
            if (e.getKey().equals("others")) {
                others = expectation;
            } else {
                result.put(Principal.fromKey(e.getKey()), expectation);
            }
        }
        for (Principal p : Principal.values()) {
            if (!result.containsKey(p)) {
                if (others == null) {
                    throw new IllegalArgumentException("no outcome for " + p.key() + " (name it, or give 'others')");
                }
                result.put(p, others);
            }
        }
        return result;
    }

    private static Map<String, String> strings(JsonNode node) {
        Map<String, String> map = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
        return map;
    }

    static String normaliseKey(String key) {
        String[] parts = key.trim().split("\\s+", 2);
        if (parts.length != 2) {
            throw new IllegalArgumentException("An operation is 'METHOD /path', got '" + key + "'");
        }
        return parts[0].toUpperCase(java.util.Locale.ROOT) + " " + parts[1];
    }

    static String fill(String template, Map<String, String> vars) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = name.equals("uuid") ? UUID.randomUUID().toString() : vars.get(name);
            if (value == null) {
                throw new IllegalStateException("The fixtures give no variable '" + name + "' (used in '" + template
                        + "'); they give " + vars.keySet());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Fills the placeholders of every string in a body. */
    static JsonNode fillNode(JsonNode node, Map<String, String> vars) {
        if (node.isTextual()) {
            return JsonNodeFactory.instance.textNode(fill(node.asText(), vars));
        }
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            node.fields().forEachRemaining(e -> copy.set(e.getKey(), fillNode(e.getValue(), vars)));
            return copy;
        }
        if (node.isArray()) {
            var copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(e -> copy.add(fillNode(e, vars)));
            return copy;
        }
        return node;
    }

    public String source() {
        return source;
    }

    public Map<String, Entry> entries() {
        return entries;
    }

    public Entry entry(String key) {
        return entries.get(key);
    }

    public Set<String> keys() {
        return entries.keySet();
    }
}
