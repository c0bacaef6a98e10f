package org.mentorcred.application.security;

import static io.restassured.RestAssured.given;
import static org.mentorcred.application.support.Fixtures.completeCpm;
import static org.mentorcred.application.support.Fixtures.completion;
import static org.mentorcred.application.support.Fixtures.createProvider;
import static org.mentorcred.application.support.Fixtures.fresh;
import static org.mentorcred.application.support.Fixtures.open;
import static org.mentorcred.application.support.Fixtures.profile;
import static org.mentorcred.application.support.Fixtures.provider;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mentorcred.application.support.Fixtures;
import org.mentorcred.infra.test.LogCapture;
import org.mentorcred.infra.test.TestTokens;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * A whole intake journey with every secret this service handles — bearer tokens, partner API keys, the contents of
 * uploaded documents — and failures on the way (a wrong key, a revoked one, a stale token, a document that is not
 * what it says), while everything the service logs is captured: none of the secrets may appear.
 */
@QuarkusTest
class SecretsInLogsTest {

    @Test
    void noTokenApiKeyOrDocumentContentReachesTheLog() {
        String subject = fresh("secrets");
        String token = TestTokens.token("applicant", subject);
        String admin = TestTokens.token("admin", "admin-logs");
        String marker = "CONFIDENTIAL-" + UUID.randomUUID();
        byte[] document = ("%PDF-1.4\n% " + marker + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        try (LogCapture logs = LogCapture.start()) {
            Fixtures.createProfile(subject, profile(subject + "@example.org", 51.5, -0.12));
            String application = open(subject, "IMC_CPM");
            given().header("Authorization", "Bearer " + token).contentType("application/pdf").body(document)
                    .when().post("/api/v1/applications/{id}/documents", application).then().statusCode(201);
            // Declared a PNG, but the bytes are the PDF's: refused, and the refusal must not quote them.
            given().header("Authorization", "Bearer " + token).contentType("image/png").body(document)
                    .when().post("/api/v1/applications/{id}/documents", application).then().statusCode(422);
            completeCpm(subject, application);
            given().header("Authorization", "Bearer " + token)
                    .when().post("/api/v1/applications/{id}/submit", application).then().statusCode(200);

            String providerId = createProvider(provider("Logs Academy " + fresh("l"), "ACCREDITED", 51.4, -0.9, true));
            var created = given().header("Authorization", "Bearer " + admin).contentType(ContentType.JSON)
                    .body(Map.of("label", "logs")).when().post("/api/v1/admin/training-providers/{id}/api-keys", providerId)
                    .then().statusCode(201).extract().jsonPath();
            String key = created.getString("key");
            String secret = key.substring(key.lastIndexOf('_') + 1);
            given().header("X-API-Key", key).contentType(ContentType.JSON)
                    .body(completion("logs-" + UUID.randomUUID(), subject + "@example.org"))
                    .when().post("/partner/v1/completions").then().statusCode(201);
            String wrongSecret = key.substring(0, key.lastIndexOf('_') + 1) + "x".repeat(secret.length());
            given().header("X-API-Key", wrongSecret).when().get("/partner/v1/completions").then().statusCode(401);
            given().header("Authorization", "Bearer " + admin)
                    .when().delete("/api/v1/admin/training-providers/{p}/api-keys/{k}", providerId, created.getString("id"))
                    .then().statusCode(200);
            given().header("X-API-Key", key).when().get("/partner/v1/completions").then().statusCode(401);
            String expired = TestTokens.expired("applicant", subject);
            given().header("Authorization", "Bearer " + expired).when().get("/api/v1/applicants/me").then().statusCode(401);

            logs.assertNoneOf(List.of(token, admin, expired, token.split("\\.")[1], key, secret, wrongSecret, marker));
        }
    }
}
