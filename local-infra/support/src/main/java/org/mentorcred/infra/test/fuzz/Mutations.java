package org.mentorcred.infra.test.fuzz;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.mentorcred.infra.test.TestTokens;
import org.mentorcred.infra.test.authz.PreparedCall;
import org.mentorcred.infra.test.openapi.ApiOperation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * The ways the fuzzer spoils a valid request, drawn with jqwik's generators from a seeded {@link Random} (so a failing
 * run repeats with its seed): bodies that break the schema (a required field missing, a wrong type, huge, unicode or
 * NUL strings, negative and huge numbers, deep nesting), bodies that are not JSON, bad path and query parameters,
 * bad content types, bad {@code Accept} headers and bad credentials.
 */
public final class Mutations {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Strings that have broken services before. */
    static final Arbitrary<String> NASTY_STRINGS = Arbitraries.oneOf(
            Arbitraries.strings().all().ofMaxLength(40),
            Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1).ofMaxLength(5),
            Arbitraries.of("", " ", "\u0000", "a\u0000b", "null", "-1", "0", "1e309", "NaN", "Infinity", "true",
                    "\uD83D\uDE42\uD83D\uDE42", "\u202Eevil", "\uFEFFbom", "e\u0301\u0301\u0301", "' OR '1'='1",
                    "\"; DROP TABLE x; --", "<script>alert(1)</script>", "%s%s%n", "../../../etc/passwd",
                    "${jndi:ldap://127.0.0.1/x}", "\\", "\"", "{}", "[]", "2026-02-30", "2026-13-01", "9999-12-31",
                    "0000-00-00", "24:61", "xx", "GBR", "zz-ZZ-zz", "not-an-email@", "@", "00000000-0000-0000-0000-00000000000g"),
            Arbitraries.strings().alpha().ofLength(1).map(c -> c.repeat(70_000)));

    static final Arbitrary<JsonNode> NASTY_NUMBERS = Arbitraries.oneOf(
            Arbitraries.longs().map(NODES::numberNode),
            Arbitraries.of(-1L, 0L, Long.MAX_VALUE, Long.MIN_VALUE, (long) Integer.MAX_VALUE + 1).map(NODES::numberNode),
            Arbitraries.of(-0.0001, 1e308, -1e308, 0.123456789012345, 4.9e-324).map(NODES::numberNode),
            Arbitraries.of(new BigInteger("123456789012345678901234567890"), BigInteger.TEN.pow(400).negate())
                    .map(NODES::numberNode));

    static final Arbitrary<String> BAD_IDS = Arbitraries.oneOf(
            Arbitraries.of("not-a-uuid", "00000000-0000-0000-0000-000000000000", "123", "-1", "null", " ", "%",
                    "a/b", "..", "\u0000", "\uD83D\uDE42", "ffffffff-ffff-ffff-ffff-ffffffffffff",
                    "3fa85f64-5717-4562-b3fc-2c963f66afa6x", "IMC_CPM_NOPE", "ipma_pm", "sandbox2"),
            Arbitraries.strings().all().ofMinLength(1).ofMaxLength(30),
            Arbitraries.strings().alpha().ofLength(1).map(c -> c.repeat(5_000)));

    static final Arbitrary<String> BAD_CONTENT_TYPES = Arbitraries.of("text/plain", "application/xml",
            "application/x-www-form-urlencoded", "multipart/form-data", "application/json;charset=klingon",
            "application/json; charset=utf-16", "*/*", "garbage", "application/pdf", "image/png", ";;;");

    static final Arbitrary<String> BAD_ACCEPTS = Arbitraries.of("application/xml", "text/html", "image/png",
            "application/pdf", "garbage", "*/*;q=abc", "application/json;q=0", "text/csv, application/xml;q=0.9", ";;");

    private Mutations() {
    }

    /**
     * A value of {@code arbitrary}. Outside a jqwik property (a {@code @QuarkusTest} is one) jqwik has no store for
     * its generators, so values come from {@link Arbitrary#sample()}, which draws from jqwik's current source of
     * randomness: {@link #seed} makes it the fuzzer's seeded one.
     */
    static <T> T sample(Arbitrary<T> arbitrary, Random random) {
        return arbitrary.sample();
    }

    /** Seeds jqwik's source of randomness on this thread, so that a run repeats with its seed. */
    static void seed(long seed) {
        try { // jqwik's engine is a runtime dependency only
            Class.forName("net.jqwik.engine.SourceOfRandomness").getMethod("create", String.class)
                    .invoke(null, Long.toString(seed));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("jqwik's engine is not on the class path", e);
        }
    }

    /** One mutation of {@code base}; the kinds that fit the operation are equally likely. */
    public static Mutation any(ApiOperation op, PreparedCall base, Random random) {
        List<String> kinds = new ArrayList<>(List.of("accept", "credentials", "query"));
        if (op.jsonBodySchema() != null || !op.requestBody().isEmpty()) {
            kinds.addAll(List.of("schema", "schema", "schema", "not-json", "random-json", "content-type"));
        }
        if (op.takesId()) {
            kinds.addAll(List.of("path", "path"));
        }
        String kind = kinds.get(random.nextInt(kinds.size()));
        return switch (kind) {
            case "schema" -> schema(op, base, random);
            case "not-json" -> notJson(base, random);
            case "random-json" -> randomJson(base, random);
            case "content-type" -> {
                String type = sample(BAD_CONTENT_TYPES, random);
                yield new Mutation(kind, "Content-Type " + type, base.withContentType(type));
            }
            case "path" -> path(op, base, random);
            case "accept" -> {
                String accept = sample(BAD_ACCEPTS, random);
                yield new Mutation(kind, "Accept " + accept, base.withHeader("Accept", accept));
            }
            case "credentials" -> credentials(base, random);
            default -> query(op, base, random);
        };
    }

    static Mutation schema(ApiOperation op, PreparedCall base, Random random) {
        JsonNode schema = op.jsonBodySchema();
        JsonNode body = readBody(base);
        if (body == null) {
            body = SchemaValues.plausible(schema, random);
        }
        body = body.deepCopy();
        List<String> paths = new ArrayList<>();
        collect(body, "", paths);
        String target = paths.get(random.nextInt(paths.size()));
        String how;
        JsonNode replacement;
        switch (random.nextInt(7)) {
            case 0 -> {
                how = "removed";
                replacement = null;
            }
            case 1 -> {
                how = "a nasty string";
                replacement = NODES.textNode(sample(NASTY_STRINGS, random));
            }
            case 2 -> {
                how = "a nasty number";
                replacement = sample(NASTY_NUMBERS, random);
            }
            case 3 -> {
                how = "null";
                replacement = NODES.nullNode();
            }
            case 4 -> {
                how = "an object";
                replacement = NODES.objectNode().put("x", sample(NASTY_STRINGS, random));
            }
            case 5 -> {
                how = "deeply nested";
                replacement = nested(random.nextBoolean() ? 50 : 900);
            }
            default -> {
                how = "an array";
                replacement = NODES.arrayNode().add(sample(NASTY_NUMBERS, random)).add(NODES.booleanNode(true));
            }
        }
        body = replace(body, target, replacement);
        return new Mutation("schema", "body field '" + (target.isEmpty() ? "(whole body)" : target) + "' " + how,
                base.withBody(base.contentType() != null && base.contentType().contains("json") ? base.contentType()
                        : "application/json", bytes(body)));
    }

    static Mutation notJson(PreparedCall base, Random random) {
        String type = base.contentType() == null ? "application/json" : base.contentType();
        byte[] body = switch (random.nextInt(7)) {
            case 6 -> ("[".repeat(5_000) + "]".repeat(5_000)).getBytes(StandardCharsets.UTF_8); // deeper than parsers allow
            case 0 -> "{".getBytes(StandardCharsets.UTF_8);
            case 1 -> "{\"a\":".getBytes(StandardCharsets.UTF_8);
            case 2 -> new byte[0];
            case 3 -> new byte[] { (byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, 0 }; // not UTF-8
            case 4 -> sample(NASTY_STRINGS, random).getBytes(StandardCharsets.UTF_8);
            default -> {
                byte[] noise = new byte[random.nextInt(64) + 1];
                random.nextBytes(noise);
                yield noise;
            }
        };
        return new Mutation("not-json", "a body that is not JSON (" + body.length + " bytes)",
                base.withBody(type, body));
    }

    static Mutation randomJson(PreparedCall base, Random random) {
        JsonNode value = switch (random.nextInt(6)) {
            case 0 -> NODES.textNode(sample(NASTY_STRINGS, random));
            case 1 -> sample(NASTY_NUMBERS, random);
            case 2 -> NODES.nullNode();
            case 3 -> NODES.arrayNode().add(NODES.objectNode()).add(NODES.nullNode());
            case 4 -> NODES.booleanNode(false);
            default -> NODES.objectNode().put(sample(NASTY_STRINGS, random), sample(NASTY_STRINGS, random));
        };
        return new Mutation("random-json", "body " + abbreviate(value.toString()),
                base.withBody("application/json", bytes(value)));
    }

    static Mutation path(ApiOperation op, PreparedCall base, Random random) {
        List<ApiOperation.Parameter> params = op.parameters("path");
        ApiOperation.Parameter param = params.get(random.nextInt(params.size()));
        String value = sample(BAD_IDS, random);
        return new Mutation("path", "path parameter " + param.name() + " = " + abbreviate(value),
                base.withPathParam(param.name(), value));
    }

    static Mutation query(ApiOperation op, PreparedCall base, Random random) {
        List<ApiOperation.Parameter> params = op.parameters("query");
        String name = params.isEmpty() || random.nextInt(5) == 0 ? "unexpected"
                : params.get(random.nextInt(params.size())).name();
        String value = random.nextBoolean() ? sample(NASTY_STRINGS, random)
                : sample(NASTY_NUMBERS, random).asText();
        return new Mutation("query", "query parameter " + name + " = " + abbreviate(value), base.withQuery(name, value));
    }

    static Mutation credentials(PreparedCall base, Random random) {
        String value = switch (random.nextInt(7)) {
            case 0 -> "Bearer " + sample(NASTY_STRINGS, random);
            case 1 -> "Bearer a.b.c";
            case 2 -> "Basic YWRtaW46YWRtaW4=";
            case 3 -> "Bearer " + TestTokens.expired("admin", "admin-1");
            case 4 -> "Bearer";
            case 5 -> "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbi0xIiwiZ3JvdXBzIjpbImFkbWluIl19.";
            default -> sample(NASTY_STRINGS, random);
        };
        PreparedCall call = base.withHeader("Authorization", value);
        if (base.headers().containsKey("X-API-Key") && random.nextBoolean()) {
            call = base.withHeader("X-API-Key", sample(NASTY_STRINGS, random));
            return new Mutation("credentials", "X-API-Key " + abbreviate(call.headers().get("X-API-Key")), call);
        }
        return new Mutation("credentials", "Authorization " + abbreviate(value), call);
    }

    private static JsonNode readBody(PreparedCall call) {
        if (call.body() == null || call.contentType() == null || !call.contentType().contains("json")) {
            return null;
        }
        try {
            return JSON.readTree(call.body());
        } catch (Exception e) {
            return null;
        }
    }

    /** JSON-pointer-like paths of every value in {@code node} ("" is the whole body). */
    private static void collect(JsonNode node, String path, List<String> paths) {
        paths.add(path);
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                collect(e.getValue(), path + "/" + e.getKey().replace("~", "~0").replace("/", "~1"), paths);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "/" + i, paths);
            }
        }
    }

    /** {@code body} with the value at {@code path} replaced ({@code null}: removed). */
    private static JsonNode replace(JsonNode body, String path, JsonNode replacement) {
        if (path.isEmpty()) {
            return replacement == null ? NODES.objectNode() : replacement;
        }
        int cut = path.lastIndexOf('/');
        JsonNode parent = body.at(path.substring(0, cut));
        String last = path.substring(cut + 1).replace("~1", "/").replace("~0", "~");
        if (parent instanceof ObjectNode object) {
            if (replacement == null) {
                object.remove(last);
            } else {
                object.set(last, replacement);
            }
        } else if (parent instanceof ArrayNode array) {
            int index = Integer.parseInt(last);
            if (replacement == null) {
                array.remove(index);
            } else {
                array.set(index, replacement);
            }
        }
        return body;
    }

    private static JsonNode nested(int depth) {
        JsonNode node = NODES.numberNode(1);
        for (int i = 0; i < depth; i++) {
            node = i % 2 == 0 ? NODES.arrayNode().add(node) : NODES.objectNode().set("n", node);
        }
        return node;
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String abbreviate(String text) {
        String flat = text.replaceAll("\\p{Cntrl}", "?");
        return flat.length() > 60 ? flat.substring(0, 60) + "…(" + flat.length() + ")" : flat;
    }
}
