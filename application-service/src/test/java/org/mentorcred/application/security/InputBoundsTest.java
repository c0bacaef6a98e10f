package org.mentorcred.application.security;

import static org.hamcrest.Matchers.equalTo;
import static org.mentorcred.application.support.Fixtures.PROBLEM;
import static org.mentorcred.application.support.Fixtures.asAdmin;
import static org.mentorcred.application.support.Fixtures.asApplicant;
import static org.mentorcred.application.support.Fixtures.fresh;
import static org.mentorcred.application.support.Fixtures.profile;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Dates past the accepted range (1900-01-01 to 2999-12-31) are 400 problems naming the field, never a 500. */
@QuarkusTest
class InputBoundsTest {

    private static final String FAR = "+999999999-12-31";

    @Test
    void aProfileDateOutOfRangeIsRefusedAndNothingIsStored() {
        String subject = fresh("bounds");
        Map<String, Object> profile = profile(subject + "@example.org", 51.5, -0.12);
        profile.put("memberSince", FAR);
        asApplicant(subject).contentType(ContentType.JSON).body(profile)
                .when().put("/api/v1/applicants/me")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("memberSince"))
                .body("violations[0].message", equalTo("must be between 1900-01-01 and 2999-12-31"));
        asApplicant(subject).when().get("/api/v1/applicants/me").then().statusCode(404);
    }

    @Test
    void theExpiryJobRefusesADayOutOfRange() {
        for (String asOf : new String[] { FAR, "1899-12-31" }) {
            asAdmin().queryParam("asOf", asOf).when().post("/api/v1/admin/jobs/credential-expiry")
                    .then().statusCode(400).contentType(PROBLEM)
                    .body("violations[0].field", equalTo("asOf"));
        }
    }
}
