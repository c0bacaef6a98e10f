package org.mentorcred.infra.test;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;

/**
 * What every MentorCred service promises operations and front ends, checked over real HTTP against the
 * running service (real PostgreSQL, real broker). A service's test extends it:
 *
 * <pre>
 * &#64;QuarkusTest
 * class FoundationTest extends ServiceFoundationContract {
 * }
 * </pre>
 */
public abstract class ServiceFoundationContract {

    private static final String PROBLEM = "application/problem+json";
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    @Test
    void livenessIsUp() {
        Management.given().when().get("/q/health/live")
                .then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void readinessCoversTheDatabaseAndKafka() {
        // Polled: the first Kafka check of a cold service may time out, and readiness is allowed to lag.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> Management.given().when().get("/q/health/ready")
                .then().log().ifValidationFails()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Kafka", "Database connections health check")));
    }

    @Test
    void openApiDocumentAndSwaggerUiAreServed() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("openapi", startsWith("3."))
                .body("paths.'/api/v1/admin/outbox'.get.summary", equalTo("Outbox status"));
        given().when().get("/q/swagger-ui/")
                .then().statusCode(200).contentType(containsString("text/html"));
    }

    /**
     * Every operation has a summary, a tag, a success response, and documents each of its error responses
     * as {@code application/problem+json}; protected operations document 401 and 403.
     */
    @Test
    void everyOperationIsDocumented() {
        JsonPath spec = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = spec.getMap("paths");
        List<String> problems = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, raw) -> {
            if (!METHODS.contains(method)) {
                return;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> op = (Map<String, Object>) raw;
            String name = method.toUpperCase() + " " + path;
            if (op.get("summary") == null || op.get("summary").toString().isBlank()) {
                problems.add(name + " has no summary");
            }
            if (!(op.get("tags") instanceof List<?> tags) || tags.isEmpty()) {
                problems.add(name + " has no tag");
            }
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) op.get("responses");
            if (responses == null || responses.keySet().stream().noneMatch(code -> code.startsWith("2"))) {
                problems.add(name + " documents no success response");
                return;
            }
            responses.forEach((code, response) -> {
                if (code.startsWith("4") || code.startsWith("5")) {
                    Object content = response.get("content");
                    if (!(content instanceof Map<?, ?> types) || !types.containsKey(PROBLEM)) {
                        problems.add(name + " response " + code + " is not documented as " + PROBLEM);
                    }
                }
            });
            if (op.get("security") != null && !(responses.containsKey("401") && responses.containsKey("403"))) {
                problems.add(name + " is protected but does not document 401 and 403");
            }
        }));
        assertTrue(problems.isEmpty(), "OpenAPI gaps:\n" + String.join("\n", problems));
    }

    @Test
    void prometheusMetricsAreServedOnTheManagementPortOnly() {
        Management.given().when().get("/q/metrics")
                .then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
        for (String path : List.of("/q/metrics", "/q/health", "/q/health/ready", "/q/health/live")) {
            given().when().get(path).then().statusCode(404).contentType(PROBLEM);
        }
    }

    /**
     * Every answer says {@code nosniff}; JSON answers, which carry personal data, are never stored by a cache unless
     * they say otherwise. (The {@code Location} rule is commons' HeadersTest.)
     */
    @Test
    void answersCarryTheSecurityHeaders() {
        for (var answer : List.of(
                given().header("Authorization", TestTokens.bearer("admin", "admin-1")).when().get("/api/v1/admin/outbox"),
                given().when().get("/api/v1/admin/outbox"),
                given().when().get("/api/v1/nothing-here"))) {
            answer.then().header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-store");
        }
    }

    /** A URI over 8192 characters is a 414 problem, headers over 16 KB a 431 problem (not the codec's bare answers). */
    @Test
    void anOverlongUriOrHeaderIsAProblem() {
        given().queryParam("x", "a".repeat(9000)).when().get("/api/v1/admin/outbox")
                .then().statusCode(414).contentType(PROBLEM).body("status", equalTo(414));
        given().header("X-Padding", "a".repeat(17_000)).when().get("/api/v1/admin/outbox")
                .then().statusCode(431).contentType(PROBLEM).body("status", equalTo(431));
    }

    @Test
    void protectedEndpointAnswers401WithoutATokenAnd403WithTheWrongRole() {
        given().when().get("/api/v1/admin/outbox")
                .then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", startsWith("Bearer"));
        given().header("Authorization", TestTokens.bearer("applicant", "applicant-1"))
                .when().get("/api/v1/admin/outbox")
                .then().statusCode(403).contentType(PROBLEM).body("status", equalTo(403));
        given().header("Authorization", TestTokens.bearer("admin", "admin-1"))
                .when().get("/api/v1/admin/outbox")
                .then().statusCode(200).body("pending", org.hamcrest.Matchers.notNullValue());
    }

    /**
     * Every token that is forged, of another issuer or audience, not yet or no longer valid, meant to live too long,
     * or whose claims have the wrong shape is a 401 problem with a Bearer challenge, never a 2xx or a 500. The same
     * claim set unchanged is accepted, so each case fails for its own claim alone.
     */
    @Test
    void forgedExpiredAndOddTokensAre401Problems() {
        long now = java.time.Instant.now().getEpochSecond();
        given().header("Authorization", "Bearer " + TestTokens.withClaims(Map.of()))
                .when().get("/api/v1/admin/outbox").then().statusCode(200);
        Map<String, String> tokens = new java.util.LinkedHashMap<>();
        tokens.put("alg=none", TestTokens.unsigned());
        tokens.put("HS256 signed with the public key", TestTokens.hmacWithPublicKey());
        tokens.put("another issuer", TestTokens.withClaims(Map.of("iss", "https://evil.example")));
        tokens.put("another audience", TestTokens.withClaims(Map.of("aud", "another-api")));
        tokens.put("no audience", TestTokens.withClaims(nullClaim("aud")));
        tokens.put("not valid before an hour from now", TestTokens.withClaims(Map.of("nbf", now + 3600)));
        tokens.put("no exp", TestTokens.withClaims(nullClaim("exp")));
        tokens.put("expired 5 minutes ago", TestTokens.withClaims(Map.of("iat", now - 3600, "exp", now - 300)));
        tokens.put("valid until 9999", TestTokens.withClaims(Map.of("exp", 253_402_300_799L)));
        tokens.put("living 2 days", TestTokens.withClaims(Map.of("exp", now + 2 * 86_400)));
        tokens.put("issued an hour from now", TestTokens.withClaims(Map.of("iat", now + 3600, "exp", now + 7200)));
        tokens.put("no iat", TestTokens.withClaims(nullClaim("iat")));
        tokens.put("groups an object", TestTokens.withClaims(Map.of("groups", Map.of("admin", true))));
        tokens.put("groups a number", TestTokens.withClaims(Map.of("groups", 7)));
        tokens.put("groups a boolean", TestTokens.withClaims(Map.of("groups", true)));
        tokens.put("empty sub", TestTokens.withClaims(Map.of("sub", "")));
        tokens.put("no sub", TestTokens.withClaims(nullClaim("sub")));
        List<String> wrong = new ArrayList<>();
        tokens.forEach((name, token) -> {
            var answer = given().header("Authorization", "Bearer " + token).when().get("/api/v1/admin/outbox");
            if (answer.statusCode() != 401 || !String.valueOf(answer.contentType()).startsWith(PROBLEM)
                    || !String.valueOf(answer.header("WWW-Authenticate")).startsWith("Bearer")) {
                wrong.add(name + ": " + answer.statusCode() + " " + answer.contentType() + " " + answer.asString());
            }
        });
        assertTrue(wrong.isEmpty(), "Tokens not refused with a 401 problem:\n" + String.join("\n", wrong));
    }

    private static Map<String, Object> nullClaim(String name) {
        Map<String, Object> change = new java.util.HashMap<>();
        change.put(name, null);
        return change;
    }

    @Test
    void badRequestIsAProblemListingTheField() {
        given().header("Authorization", TestTokens.bearer("admin", "admin-1"))
                .queryParam("size", 10_000)
                .when().get("/api/v1/admin/outbox/events")
                .then().statusCode(400).contentType(PROBLEM)
                .body("status", equalTo(400))
                .body("violations[0].field", equalTo("size"));
    }

    /**
     * A body larger than {@code quarkus.http.limits.max-body-size} is refused with a 413 problem before it is read
     * (commons' BodyLimit), on any path, whoever sends it.
     */
    @Test
    void aBodyOverTheSizeLimitIsA413Problem() throws java.io.IOException {
        long limit = bytes(org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("quarkus.http.limits.max-body-size", String.class).orElse("10240K"));
        // Over a plain socket: the service answers from the declared length alone, so the test need not send
        // megabytes (a client still writing them might see the connection closed before it reads the answer).
        String host = java.net.URI.create(io.restassured.RestAssured.baseURI).getHost();
        try (java.net.Socket socket = new java.net.Socket(host, io.restassured.RestAssured.port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("POST /api/v1/admin/outbox HTTP/1.1\r\nHost: " + host
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + (limit + 1) + "\r\n\r\n{\"a\":")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String answer = readResponse(socket.getInputStream());
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.toLowerCase(java.util.Locale.ROOT).contains("content-type: " + PROBLEM), answer);
            assertTrue(answer.contains("\"maxBytes\":" + limit), answer);
        }
    }

    /** One HTTP response: its head, then as many body bytes as its Content-Length says (not waiting for a close). */
    private static String readResponse(java.io.InputStream in) throws java.io.IOException {
        java.io.ByteArrayOutputStream head = new java.io.ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
            matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        String headers = head.toString(java.nio.charset.StandardCharsets.US_ASCII);
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length:\\s*(\\d+)").matcher(headers);
        byte[] body = length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : new byte[0];
        return headers + new String(body, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Quarkus's memory sizes: {@code 1M}, {@code 64K}, {@code 10240K}, plain bytes. */
    static long bytes(String size) {
        String s = size.trim().toUpperCase(java.util.Locale.ROOT);
        long unit = switch (s.charAt(s.length() - 1)) {
            case 'K' -> 1024L;
            case 'M' -> 1024L * 1024;
            case 'G' -> 1024L * 1024 * 1024;
            default -> 1L;
        };
        return Long.parseLong(unit == 1 ? s : s.substring(0, s.length() - 1)) * unit;
    }

    @Test
    void listsArePagedWithTheirTotal() {
        given().header("Authorization", TestTokens.bearer("admin", "admin-1"))
                .queryParam("status", "ALL").queryParam("size", 5)
                .when().get("/api/v1/admin/outbox/events")
                .then().statusCode(200)
                .body("page", equalTo(0))
                .body("size", equalTo(5))
                .body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(0))
                .body("totalPages", org.hamcrest.Matchers.greaterThanOrEqualTo(0));
    }

    @Test
    void corsAllowsTheConfiguredFrontEndOrigin() {
        given().header("Origin", "http://localhost:3000")
                .header("Access-Control-Request-Method", "GET")
                .when().options("/api/v1/admin/outbox")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("http://localhost:3000"));
    }
}
