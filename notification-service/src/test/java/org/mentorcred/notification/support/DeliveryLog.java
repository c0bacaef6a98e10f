package org.mentorcred.notification.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.mentorcred.infra.test.TestTokens;

import io.restassured.specification.RequestSpecification;

/** The delivery log as an admin reads it, over the service's API. */
public final class DeliveryLog {

    private DeliveryLog() {
    }

    public static RequestSpecification asAdmin() {
        return given().header("Authorization", TestTokens.bearer("admin", "admin-1"));
    }

    public static List<Map<String, Object>> ofApplication(UUID applicationId) {
        return asAdmin().queryParam("applicationId", applicationId.toString()).queryParam("size", 200)
                .when().get("/api/v1/notifications")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    /** Waits until the application's log has {@code count} rows and every one of them satisfies {@code condition}. */
    public static List<Map<String, Object>> awaitApplication(UUID applicationId, int count,
            Predicate<Map<String, Object>> condition) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            List<Map<String, Object>> rows = ofApplication(applicationId);
            return rows.size() == count && rows.stream().allMatch(condition);
        });
        return ofApplication(applicationId);
    }

    public static Predicate<Map<String, Object>> status(String status) {
        return row -> status.equals(row.get("status"));
    }

    public static int attempts(Map<String, Object> row) {
        return ((Number) row.get("attempts")).intValue();
    }
}
