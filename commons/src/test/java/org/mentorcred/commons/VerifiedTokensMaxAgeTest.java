package org.mentorcred.commons;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mentorcred.infra.test.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A long-lived token is verified again once {@code mentorcred.security.verified-tokens.max-age} has passed since it
 * was verified: what a verification key withdrawn from the identity provider can still admit is bounded by it.
 */
@QuarkusTest
@TestProfile(VerifiedTokensMaxAgeTest.ShortMemory.class)
class VerifiedTokensMaxAgeTest {

    public static class ShortMemory implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mentorcred.security.verified-tokens.max-age", "PT2S");
        }
    }

    @Test
    void aLongLivedTokenIsVerifiedAgainAfterTheMaximumAge() {
        String token = TestTokens.token("admin", "admin-" + UUID.randomUUID(), Duration.ofHours(1));
        double verifiedBefore = count("verified");
        adminOnly(token);
        adminOnly(token);
        assertEquals(verifiedBefore + 1, count("verified"), "remembered within the maximum age");

        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            adminOnly(token);
            assertTrue(count("verified") > verifiedBefore + 1, "verified again after the maximum age, long before exp");
        });
    }

    private static void adminOnly(String token) {
        VerifiedTokensTest.adminOnly(token).statusCode(200);
    }

    private static double count(String outcome) {
        return VerifiedTokensTest.count(outcome);
    }
}
