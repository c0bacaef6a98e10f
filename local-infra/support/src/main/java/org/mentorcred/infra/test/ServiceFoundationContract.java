package org.mentorcred.infra.test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        given().when().get("/q/health/live")
                .then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void readinessCoversTheDatabaseAndKafka() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Kafka", "Database connections health check"));
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
    void prometheusMetricsAreServed() {
        given().when().get("/q/metrics")
                .then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
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

    @Test
    void badRequestIsAProblemListingTheField() {
        given().header("Authorization", TestTokens.bearer("admin", "admin-1"))
                .queryParam("size", 10_000)
                .when().get("/api/v1/admin/outbox/events")
                .then().statusCode(400).contentType(PROBLEM)
                .body("status", equalTo(400))
                .body("violations[0].field", equalTo("size"));
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
