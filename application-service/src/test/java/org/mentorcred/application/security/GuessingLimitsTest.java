package org.mentorcred.application.security;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.mentorcred.application.support.Fixtures.PROBLEM;
import static org.mentorcred.application.support.Fixtures.asPartner;
import static org.mentorcred.application.support.Fixtures.createKey;
import static org.mentorcred.application.support.Fixtures.createProvider;
import static org.mentorcred.application.support.Fixtures.fresh;
import static org.mentorcred.application.support.Fixtures.provider;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;

/**
 * Guessing a secret that is the only credential is throttled: a partner's API key per client address and per key
 * id, a referee's link token per client address. After the window's failures (5 an hour here), every attempt is a
 * 429 problem with Retry-After until the window ends, the right secret included.
 */
@QuarkusTest
@TestProfile(GuessingLimitsTest.FiveFailures.class)
class GuessingLimitsTest {

    public static class FiveFailures implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mentorcred.rate-limits.failed-attempts.max", "5",
                    "mentorcred.rate-limits.failed-attempts.window", "1h");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void forgetFailures() throws Exception {
        sql("DELETE FROM rate_limit_window WHERE bucket LIKE 'failed:%'");
    }

    @Test
    void wrongSecretsForOneKeyIdBlockThatKeyEvenFromAnotherAddress() throws Exception {
        String providerId = createProvider(provider("Guess Academy " + fresh("g"), "ACCREDITED", 51.45, -0.97, true));
        String key = createKey(providerId);
        String other = createKey(providerId);
        String wrong = key.substring(0, key.lastIndexOf('_') + 1) + "x".repeat(key.length() - key.lastIndexOf('_') - 1);
        for (int i = 0; i < 5; i++) {
            partnerCall(wrong).statusCode(401).contentType(PROBLEM);
        }
        tooMany(partnerCall(key));
        tooMany(partnerCall(wrong));

        // As if the next attempts came from elsewhere: the key id stays blocked, another key does not.
        sql("DELETE FROM rate_limit_window WHERE bucket LIKE 'failed:partner-key:ip:%'");
        tooMany(partnerCall(key));
        partnerCall(other).statusCode(200);
    }

    @Test
    void unknownKeysFromOneAddressBlockThatAddress() throws Exception {
        String key = createKey(createProvider(provider("Guess Two " + fresh("g"), "ACCREDITED", 51.45, -0.97, true)));
        for (int i = 0; i < 5; i++) {
            partnerCall("not-a-key-" + i).statusCode(401).contentType(PROBLEM);
        }
        tooMany(partnerCall(key));
    }

    @Test
    void unknownRefereeLinkTokensFromOneAddressAreThrottled() {
        for (int i = 0; i < 5; i++) {
            RestAssured.given().when().get("/api/v1/reference-checks/" + token(i))
                    .then().statusCode(404).contentType(PROBLEM);
        }
        tooMany(RestAssured.given().when().get("/api/v1/reference-checks/" + token(5)).then());
        tooMany(RestAssured.given().contentType("application/json").body("{\"confirmed\":true}")
                .when().post("/api/v1/reference-checks/" + token(6)).then());
    }

    private static String token(int i) {
        return ("GuessingLimitsTestToken" + i + "_0123456789abcdefghijklmnopqrstu").substring(0, 43);
    }

    private static ValidatableResponse partnerCall(String key) {
        return asPartner(key).when().get("/partner/v1/completions").then();
    }

    private static void tooMany(ValidatableResponse response) {
        response.statusCode(429).contentType(PROBLEM)
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("type", equalTo("https://mentorcred.org/problems/too-many-requests"));
    }

    private void sql(String statement) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
