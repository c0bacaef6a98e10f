package org.mentorcred.commons;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class LimitsTest {

    @Test
    void aBodyOverTheLimitIsA413Problem() {
        String big = "{\"name\":\"" + "x".repeat(70_000) + "\"}";
        given().contentType(ContentType.JSON).body(big)
                .when().post("/probe/forms")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("maxBytes", equalTo(65536));
    }

    @Test
    void callsOverTheRateLimitAre429ProblemsWithRetryAfter() {
        String bucket = java.util.UUID.randomUUID().toString();
        for (int i = 0; i < 3; i++) {
            given().when().get("/probe/limited/" + bucket).then().statusCode(200);
        }
        given().when().get("/probe/limited/" + bucket)
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*"))
                .body("type", equalTo("https://mentorcred.org/problems/too-many-requests"));
        // Another bucket is counted on its own.
        given().when().get("/probe/limited/" + bucket + "-other").then().statusCode(200);
    }

    @Test
    void anAnnotatedEndpointIsLimitedPerCallerAndTheLimitIsConfigurable() {
        // Configured to 4 per hour in application.properties (the annotation says 2): anonymous callers count by address.
        for (int i = 0; i < 4; i++) {
            given().when().get("/probe/annotated-limit").then().statusCode(200);
        }
        given().when().get("/probe/annotated-limit")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*"));
        // A signed-in caller has a bucket of their own.
        given().header("Authorization", org.mentorcred.infra.test.TestTokens.bearer("admin", "limit-" + java.util.UUID.randomUUID()))
                .when().get("/probe/annotated-limit").then().statusCode(200);
    }
}
