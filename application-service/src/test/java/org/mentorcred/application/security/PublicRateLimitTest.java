package org.mentorcred.application.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mentorcred.application.support.Fixtures.PROBLEM;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The login-free endpoints count each client address's requests (in the database, across instances): credential
 * verification, badges, status lists and the registry share the limit {@code public-credentials}; the referees' links
 * have {@code reference-links}. Beyond, a 429 problem with {@code Retry-After}. The tests' address is used up by
 * writing its counts, then given back, so the other tests of the run are not refused.
 */
@QuarkusTest
class PublicRateLimitTest {

    private static final String UNKNOWN_TOKEN = "A".repeat(43);

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "mentorcred.rate-limits.public-credentials.requests")
    int publicLimit;

    @ConfigProperty(name = "mentorcred.rate-limits.reference-links.requests")
    int linkLimit;

    private final List<String> usedUp = new ArrayList<>();

    @AfterEach
    void giveBack() throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement delete = c.prepareStatement("DELETE FROM rate_limit_window WHERE bucket = ?")) {
            for (String bucket : usedUp) {
                delete.setString(1, bucket);
                delete.executeUpdate();
            }
        }
    }

    @Test
    void anAddressOverThePublicCredentialLimitIsRefusedWith429AndRetryAfterOnEveryPublicCredentialEndpoint() throws Exception {
        given().when().get("/api/v1/credentials/MC-CPM-2000-999999/verification").then().statusCode(404);
        useUp(bucketOf("public-credentials"), publicLimit);

        assertTooMany(given().when().get("/api/v1/credentials/MC-CPM-2000-999999/verification").then());
        assertTooMany(given().when().get("/api/v1/credentials/MC-CPM-2000-999999/badge").then());
        assertTooMany(given().when().get("/api/v1/credentials/status-lists/revocation-0").then());
        assertTooMany(given().queryParam("name", "Okafor").when().get("/api/v1/registry").then());
        // The referees' links count on their own; endpoints without a limit go on.
        given().when().get("/api/v1/reference-checks/" + UNKNOWN_TOKEN).then().statusCode(404);
        given().when().get("/api/v1/programmes").then().statusCode(200);
    }

    @Test
    void anAddressOverTheReferenceLinkLimitIsRefusedWith429AndRetryAfter() throws Exception {
        given().when().get("/api/v1/reference-checks/" + UNKNOWN_TOKEN).then().statusCode(404);
        useUp(bucketOf("reference-links"), linkLimit);

        assertTooMany(given().when().get("/api/v1/reference-checks/" + UNKNOWN_TOKEN).then());
        assertTooMany(given().contentType(ContentType.JSON).body("{\"confirmed\":true}")
                .when().post("/api/v1/reference-checks/" + UNKNOWN_TOKEN).then());
        given().when().get("/api/v1/credentials/MC-CPM-2000-999999/verification").then().statusCode(404);
    }

    private static void assertTooMany(io.restassured.response.ValidatableResponse response) {
        response.statusCode(429).contentType(PROBLEM)
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("type", equalTo("https://mentorcred.org/problems/too-many-requests"))
                .body("status", equalTo(429));
    }

    /** The bucket the first call made: the limit's name and this client's address as the service saw it. */
    private String bucketOf(String limit) throws Exception {
        List<String> buckets = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT DISTINCT bucket FROM rate_limit_window WHERE bucket LIKE ?")) {
            select.setString(1, limit + ":ip:%");
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    buckets.add(rs.getString(1));
                }
            }
        }
        assertEquals(1, buckets.size(), "one client address counted for " + limit + ": " + buckets);
        return buckets.get(0);
    }

    /** As if the address had sent {@code limit} requests in this window and the next two (a minute may turn over). */
    private void useUp(String bucket, int limit) throws Exception {
        usedUp.add(bucket);
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
