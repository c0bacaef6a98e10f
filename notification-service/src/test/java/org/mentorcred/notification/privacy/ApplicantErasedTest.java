package org.mentorcred.notification.privacy;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.mentorcred.infra.test.EventContracts;
import org.mentorcred.notification.support.DeliveryLog;
import org.mentorcred.notification.support.Events;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

/** ApplicantErased: the application's contact and its emails in the delivery log are anonymised. */
@QuarkusTest
class ApplicantErasedTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void theDeliveryLogKeepsWhenWhatWentOutButNotToWhomNorWhat() {
        UUID application = UUID.randomUUID();
        String email = Events.freshEmail("forget.me");
        try (Events events = new Events(bootstrap)) {
            events.submitted(application, "Forget Me", email, "en");
            String id = DeliveryLog.awaitApplication(application, 1, DeliveryLog.status("SENT")).get(0).get("id")
                    .toString();
            ObjectNode erased = Events.example(Events.APPLICATION, "ApplicantErased", application);
            UUID applicant = UUID.randomUUID();
            erased.put("applicantId", applicant.toString());
            events.send(Events.APPLICATION, "ApplicantErased", erased);
            await().atMost(Duration.ofSeconds(30)).until(() -> ("erased-" + applicant + "@erased.invalid")
                    .equals(recipient(id)));
            DeliveryLog.asAdmin().when().get("/api/v1/notifications/{id}", id)
                    .then().statusCode(200)
                    .body("notification.status", equalTo("SENT"))
                    .body("notification.template", equalTo("application-submitted"))
                    .body("notification.subject", equalTo("Erased"))
                    .body("textBody", equalTo(""))
                    .body("htmlBody", equalTo(""))
                    .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Forget Me")));
            List<Map<String, Object>> byOldAddress = DeliveryLog.asAdmin().queryParam("recipient", email)
                    .when().get("/api/v1/notifications").then().statusCode(200).extract().jsonPath().getList("items");
            org.junit.jupiter.api.Assertions.assertTrue(byOldAddress.isEmpty(), "nothing is found by the old address");
        }
    }

    private static String recipient(String id) {
        return DeliveryLog.asAdmin().when().get("/api/v1/notifications/{id}", id)
                .then().statusCode(200).extract().path("notification.recipient");
    }
}
