package org.mentorcred.application.security;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mentorcred.infra.test.LogCapture;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * With HTTP access logs turned on and a pattern that logs paths, the referees' links, whose path is their token, are
 * not logged; other requests are.
 */
@QuarkusTest
@TestProfile(AccessLogTest.AccessLogOn.class)
class AccessLogTest {

    public static class AccessLogOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.access-log.enabled", "true",
                    "quarkus.http.access-log.pattern", "ACCESS %m %U %s");
        }
    }

    @Test
    void aRefereesLinkTokenNeverReachesTheAccessLog() {
        String token = "AccessLogTestToken_0123456789abcdefghijklmn"; // the links' shape: 43 URL-safe characters
        assertEquals(43, token.length());
        try (LogCapture logs = LogCapture.start()) {
            for (int i = 0; i < 2; i++) {
                // 404 (no such link), or 429 if other tests used up this minute's allowance of link requests.
                given().when().get("/api/v1/reference-checks/" + token).then().statusCode(anyOf(is(404), is(429)));
                given().when().get("/api/v1/admin/outbox").then().statusCode(401);
            }
            // The second outbox line is written after the first link request ended: had it been logged, it is there.
            await().atMost(Duration.ofSeconds(10)).until(() -> accessLines(logs, "/api/v1/admin/outbox") >= 2);
            logs.assertNoneOf(List.of(token));
        }
    }

    private static long accessLines(LogCapture logs, String path) {
        return logs.lines().stream().filter(l -> l.contains("ACCESS GET " + path)).count();
    }
}
