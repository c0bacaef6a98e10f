package org.mentorcred.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mentorcred.infra.suite.Suite;

@ExtendWith(SuiteExtension.class)
class SuiteStartsIT {

    @Test
    void everyServiceIsReadyOnItsOwnPortAndDatabase(Suite suite) {
        for (String service : Suite.SERVICES) {
            // Polled: a fault test before this one may have restarted the broker, and readiness may lag.
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given()
                    .baseUri(suite.instance(service, 1).managementUrl())
                    .when().get("/q/health/ready")
                    .then().statusCode(200).body("status", equalTo("UP")));
            given().baseUri(suite.url(service))
                    .header("Authorization", "Bearer " + suite.token("admin", "ops"))
                    .when().get("/api/v1/admin/outbox")
                    .then().statusCode(200).body("pending", equalTo(0));
        }
    }
}
