package org.mentorcred.application.provider;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.mentorcred.application.support.Fixtures.PROBLEM;
import static org.mentorcred.application.support.Fixtures.asAdmin;
import static org.mentorcred.application.support.Fixtures.asPartner;
import static org.mentorcred.application.support.Fixtures.createProvider;
import static org.mentorcred.application.support.Fixtures.fresh;
import static org.mentorcred.application.support.Fixtures.provider;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** The partner API counts each API key's requests per window (in the database, across instances): 429 beyond. */
@QuarkusTest
class PartnerRateLimitTest {

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "mentorcred.rate-limits.partner.requests")
    int limit;

    @Test
    void aKeyOverItsLimitIsRefusedWith429AndRetryAfterWhileAnotherKeyGoesOn() throws Exception {
        String providerId = createProvider(provider("Rate Academy " + fresh("r"), "ACCREDITED", 51.45, -0.97, true));
        JsonPath busy = newKey(providerId);
        JsonPath calm = newKey(providerId);
        asPartner(busy.getString("key")).when().get("/partner/v1/completions").then().statusCode(200);

        // The key has used up this window (and the next two, so a minute turning over mid-test changes nothing):
        // as if it had sent `limit` requests, which would take this test minutes.
        useUp("partner:apikey:" + busy.getString("id"));

        asPartner(busy.getString("key")).when().get("/partner/v1/completions")
                .then().statusCode(429).contentType(PROBLEM)
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("type", equalTo("https://mentorcred.org/problems/too-many-requests"))
                .body("status", equalTo(429));
        asPartner(busy.getString("key")).contentType(ContentType.JSON).body("[]")
                .when().post("/partner/v1/completions")
                .then().statusCode(429);
        // Another key of the same provider has a count of its own.
        asPartner(calm.getString("key")).when().get("/partner/v1/completions").then().statusCode(200);
    }

    private JsonPath newKey(String providerId) {
        return asAdmin().contentType(ContentType.JSON).body(Map.of("label", "rate"))
                .when().post("/api/v1/admin/training-providers/" + providerId + "/api-keys")
                .then().statusCode(201).extract().jsonPath();
    }

    private void useUp(String bucket) throws Exception {
        long minute = 60_000;
        long start = System.currentTimeMillis() / minute * minute;
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement("""
                INSERT INTO rate_limit_window (bucket, window_start, hits) VALUES (?, ?, ?)
                ON CONFLICT (bucket, window_start) DO UPDATE SET hits = excluded.hits""")) {
            for (int i = 0; i < 3; i++) {
                insert.setString(1, bucket);
                insert.setTimestamp(2, Timestamp.from(Instant.ofEpochMilli(start + i * minute)));
                insert.setInt(3, limit);
                insert.executeUpdate();
            }
        }
    }
}
