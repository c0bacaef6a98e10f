package org.mentorcred.commons;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.mentorcred.infra.test.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Bearer tokens are verified once and then answered from memory, never past their expiry, and only for the very
 * same token (VerifiedTokens). Counted by {@code mentorcred_security_bearer_tokens_total{outcome}}.
 */
@QuarkusTest
class VerifiedTokensTest {

    @Test
    void aTokenIsVerifiedOnceAndThenRemembered() {
        String subject = "admin-" + UUID.randomUUID();
        String token = TestTokens.token("admin", subject);
        double verifiedBefore = count("verified");
        double cachedBefore = count("cached");

        for (int i = 0; i < 3; i++) {
            adminOnly(token).statusCode(200).body(equalTo("hello " + subject));
        }

        assertEquals(verifiedBefore + 1, count("verified"));
        assertEquals(cachedBefore + 2, count("cached"));
    }

    @Test
    void aTokenIsNotRememberedPastItsExpiry() {
        String token = TestTokens.token("admin", "admin-" + UUID.randomUUID(), Duration.ofSeconds(5));
        double verifiedBefore = count("verified");
        adminOnly(token).statusCode(200);
        adminOnly(token).statusCode(200);
        assertEquals(verifiedBefore + 1, count("verified"));

        // Once its exp has passed, the token goes back to smallrye-jwt (which refuses it after its clock skew).
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            adminOnly(token);
            assertTrue(count("verified") > verifiedBefore + 1, "verified again after exp");
        });
    }

    @Test
    void onlyTheVeryTokenVerifiedIsRemembered() {
        String subject = "admin-" + UUID.randomUUID();
        String token = TestTokens.token("admin", subject);
        adminOnly(token).statusCode(200);

        // The same header and claims with another signature: verified on its own, and refused.
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);
        adminOnly(forged).statusCode(401);
        // A token for the same subject in another role is not answered with the remembered admin.
        adminOnly(TestTokens.token("applicant", subject)).statusCode(403);
    }

    static io.restassured.response.ValidatableResponse adminOnly(String token) {
        return given().header("Authorization", "Bearer " + token).when().get("/probe/admin-only").then();
    }

    static double count(String outcome) {
        String metrics = org.mentorcred.infra.test.Management.given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("^mentorcred_security_bearer_tokens_total\\{[^}]*outcome=\"" + outcome
                + "\"[^}]*\\} (\\S+)$", Pattern.MULTILINE).matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
