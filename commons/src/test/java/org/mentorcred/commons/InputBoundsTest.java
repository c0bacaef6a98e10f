package org.mentorcred.commons;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Decimals and dates in JSON bodies out of {@code InputBounds} are 400 problems naming the field, read before any
 * arithmetic: {@code 1e-1000000} once cost seconds of processor time and a 3 MB answer, {@code 1e-1000000000} a 500,
 * and a date past PostgreSQL's range a 500.
 */
@QuarkusTest
class InputBoundsTest {

    @Test
    void decimalsWithTooManyDigitsAreRefusedByName() {
        for (String hours : new String[] { "1e-1000000", "1e-1000000000", "1E+1000000", "1e20", "0.00000000001",
                "-12345678901234567" }) {
            given().contentType(ContentType.JSON).body("{\"hours\":" + hours + "}")
                    .when().post("/probe/measures")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("https://mentorcred.org/problems/validation"))
                    .body("violations[0].field", equalTo("hours"))
                    .body("violations[0].message", startsWith("must have at most"));
        }
    }

    @Test
    void decimalsWithinTheBoundsAreTakenAsTheyAre() {
        // Trailing zeros beyond the bound are dropped, not refused (nor kept, to cost digits in arithmetic).
        given().contentType(ContentType.JSON).body("{\"hours\":1.50000000000000000000}")
                .when().post("/probe/measures").then().statusCode(200).body(equalTo("2.5"));
        given().contentType(ContentType.JSON).body("{\"hours\":1.2500}")
                .when().post("/probe/measures").then().statusCode(200).body(equalTo("2.2500"));
        given().contentType(ContentType.JSON).body("{\"hours\":999999999999999.0000000001}")
                .when().post("/probe/measures").then().statusCode(200).body(equalTo("1000000000000000.0000000001"));
        given().contentType(ContentType.JSON).body("{\"hours\":0E-1000000}")
                .when().post("/probe/measures").then().statusCode(200).body(equalTo("1"));
        given().contentType(ContentType.JSON).body("{\"hours\":1.5E-30}")
                .when().post("/probe/measures").then().statusCode(400);
    }

    @Test
    void datesAndTimestampsOutOfRangeAreRefusedByName() {
        for (String body : new String[] { "{\"on\":\"+999999999-12-31\"}", "{\"on\":\"1899-12-31\"}",
                "{\"on\":\"3000-01-01\"}", "{\"at\":\"+999999999-12-31T00:00:00Z\"}",
                "{\"at\":\"3000-01-01T00:00:00Z\"}" }) {
            String field = body.substring(2, body.indexOf('"', 2));
            given().contentType(ContentType.JSON).body(body)
                    .when().post("/probe/measures")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", equalTo(field))
                    .body("violations[0].message", equalTo("must be between 1900-01-01 and 2999-12-31"));
        }
        given().contentType(ContentType.JSON).body("{\"on\":\"1900-01-01\",\"at\":\"2999-12-31T23:59:59Z\"}")
                .when().post("/probe/measures").then().statusCode(200);
    }

    /**
     * An unknown enum constant, a malformed UUID or date and an out-of-bounds number no longer hide the body's other
     * violations: one 400 lists them all, each once, whatever their kind.
     */
    @Test
    void everyViolationOfABodyIsListedAtOnceWhateverItsKind() {
        given().contentType(ContentType.JSON)
                .body("{\"id\":\"not-a-uuid\",\"name\":\"\",\"mode\":\"FLYING\",\"startDate\":\"2026-13-45\","
                        + "\"lines\":[{\"name\":\"a\",\"hours\":-1},{\"name\":\"b\",\"hours\":\"many\"}]}")
                .when().post("/probe/forms")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("6 fields are invalid"))
                .body("violations.field", org.hamcrest.Matchers.contains("id", "lines[0].hours", "lines[1].hours",
                        "mode", "name", "startDate"));
    }
}
