package org.mentorcred.application.bench;

import static org.hamcrest.Matchers.equalTo;
import static org.mentorcred.application.support.Fixtures.PROBLEM;
import static org.mentorcred.application.support.Fixtures.asAdmin;
import static org.mentorcred.application.support.Fixtures.asApplicant;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** The benchmarks' bare endpoint is off unless configured: a 404 problem, and still protected. */
@QuarkusTest
class BaselineEndpointTest {

    @Test
    void isNotFoundByDefault() {
        asApplicant("bench-1").when().post("/api/v1/bench/baseline")
                .then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("https://mentorcred.org/problems/not-found"));
        asAdmin().when().post("/api/v1/bench/baseline").then().statusCode(404);
    }

    @Test
    void needsATokenEvenWhenOff() {
        RestAssured.given().when().post("/api/v1/bench/baseline")
                .then().statusCode(401).contentType(PROBLEM);
    }
}
