package org.mentorcred.commons;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** {@code HttpHardening}'s Location rule (the security headers are checked in every service's FoundationTest). */
@QuarkusTest
class HeadersTest {

    /** A {@code Location} is never built from the {@code Host} header the caller wrote: it is relative by default. */
    @Test
    void aLocationNeverNamesTheHostTheCallerSent() {
        given().header("Host", "evil.example:9999")
                .when().post("/probe/things")
                .then().statusCode(201).header("Location", equalTo("/probe/things/42"));
        given().when().post("/probe/things")
                .then().statusCode(201).header("Location", equalTo("/probe/things/42"));
    }
}
