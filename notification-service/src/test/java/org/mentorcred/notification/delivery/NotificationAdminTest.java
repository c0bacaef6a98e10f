package org.mentorcred.notification.delivery;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.mentorcred.notification.support.DeliveryLog.asAdmin;
import static org.mentorcred.notification.support.DeliveryLog.awaitApplication;
import static org.mentorcred.notification.support.DeliveryLog.status;
import static org.mentorcred.notification.support.Events.PAYMENT;
import static org.mentorcred.notification.support.Events.example;
import static org.mentorcred.notification.support.Events.freshEmail;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorcred.infra.test.TestTokens;
import org.mentorcred.notification.support.Events;
import org.mentorcred.notification.support.ReceivedEmail;
import org.mentorcred.notification.support.SmtpServer;

import io.quarkus.test.junit.QuarkusTest;

/** GET /api/v1/notifications and the resend action, for admins only. */
@QuarkusTest
class NotificationAdminTest {

    private static final String PROBLEM = "application/problem+json";

    SmtpServer smtp;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    Events events;

    @BeforeEach
    void open() {
        events = new Events(bootstrap);
    }

    @AfterEach
    void close() {
        events.close();
    }

    @Test
    void listFiltersByApplicationRecipientStatusAndTemplateNewestFirst() {
        UUID applicationId = UUID.randomUUID();
        String email = freshEmail("Listed");
        events.submitted(applicationId, "Amara Okafor", email, "en");
        events.send(PAYMENT, "InvoiceIssued", example(PAYMENT, "InvoiceIssued", applicationId));
        smtp.awaitMessagesTo(email, 2);
        awaitApplication(applicationId, 2, status("SENT"));

        List<String> created = asAdmin().queryParam("applicationId", applicationId.toString())
                .when().get("/api/v1/notifications")
                .then().statusCode(200)
                .body("total", equalTo(2)).body("page", equalTo(0)).body("size", equalTo(20))
                .body("items.applicationId", everyItem(equalTo(applicationId.toString())))
                .body("items.recipient", everyItem(equalTo(email)))
                .body("items.status", everyItem(equalTo("SENT")))
                .body("items.sentAt", everyItem(notNullValue()))
                .body("items.attempts", everyItem(equalTo(1)))
                .extract().jsonPath().getList("items.createdAt");
        assertFalse(OffsetDateTime.parse(created.get(0)).isBefore(OffsetDateTime.parse(created.get(1))),
                "newest first: " + created);
        // Recipient matching ignores case.
        asAdmin().queryParam("recipient", email.toUpperCase())
                .when().get("/api/v1/notifications")
                .then().statusCode(200).body("total", equalTo(2));
        asAdmin().queryParam("recipient", email).queryParam("template", "invoice-issued")
                .when().get("/api/v1/notifications")
                .then().statusCode(200).body("total", equalTo(1))
                .body("items[0].subject", equalTo("Invoice INV-2026-000123: USD 170.00 due by 20 December 2026"))
                .body("items[0].eventType", equalTo("org.mentorcred.payment.InvoiceIssued.v1"))
                .body("items[0].language", equalTo("en"));
        asAdmin().queryParam("applicationId", applicationId.toString()).queryParam("status", "FAILED")
                .when().get("/api/v1/notifications")
                .then().statusCode(200).body("total", equalTo(0)).body("items", hasSize(0));
        asAdmin().queryParam("applicationId", applicationId.toString()).queryParam("size", 1).queryParam("page", 1)
                .when().get("/api/v1/notifications")
                .then().statusCode(200).body("total", equalTo(2))
                .body("items", hasSize(1));
    }

    @Test
    void oneNotificationShowsTheEmailAsSent() {
        UUID applicationId = UUID.randomUUID();
        String email = freshEmail("detail");
        events.submitted(applicationId, "Amara Okafor", email, "en");
        ReceivedEmail received = smtp.awaitOneTo(email);

        asAdmin().when().get("/api/v1/notifications/" + received.notificationId())
                .then().statusCode(200)
                .body("notification.id", equalTo(received.notificationId()))
                .body("notification.subject", equalTo(received.subject()))
                .body("textBody", startsWith("Dear Amara Okafor,"))
                .body("htmlBody", containsString("<p>Dear Amara Okafor,</p>"));
        asAdmin().when().get("/api/v1/notifications/" + UUID.randomUUID())
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void resendQueuesTheSameEmailAgainAsANewNotification() {
        UUID applicationId = UUID.randomUUID();
        String email = freshEmail("again");
        events.submitted(applicationId, "Amara Okafor", email, "en");
        ReceivedEmail first = smtp.awaitOneTo(email);
        String originalId = first.notificationId();
        awaitApplication(applicationId, 1, status("SENT"));

        String location = asAdmin().when().post("/api/v1/notifications/" + originalId + "/resend")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/notifications/"))
                .body("resendOf", equalTo(originalId))
                .body("status", equalTo("PENDING"))
                .body("attempts", equalTo(0))
                .body("recipient", equalTo(email))
                .body("subject", equalTo(first.subject()))
                .extract().header("Location");

        List<ReceivedEmail> both = smtp.awaitMessagesTo(email, 2);
        ReceivedEmail second = both.stream().filter(e -> !e.notificationId().equals(originalId)).findFirst().orElseThrow();
        assertEquals(first.subject(), second.subject());
        assertEquals(first.text(), second.text());
        assertEquals(first.html(), second.html());
        assertEquals(location.substring(location.lastIndexOf('/') + 1), second.notificationId());
        List<Map<String, Object>> log = awaitApplication(applicationId, 2, status("SENT"));
        assertEquals(1, log.stream().filter(row -> originalId.equals(row.get("resendOf"))).count());
    }

    @Test
    void resendOfAnEmailThatWaitsForItsRecipientIsAConflict() {
        UUID applicationId = UUID.randomUUID();
        events.send(PAYMENT, "RefundIssued", example(PAYMENT, "RefundIssued", applicationId));
        Map<String, Object> waiting = awaitApplication(applicationId, 1, status("WAITING_FOR_RECIPIENT")).get(0);

        asAdmin().when().post("/api/v1/notifications/" + waiting.get("id") + "/resend")
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://mentorcred.org/problems/notification-not-resendable"))
                .body("currentState", equalTo("WAITING_FOR_RECIPIENT"));
        asAdmin().when().post("/api/v1/notifications/" + UUID.randomUUID() + "/resend")
                .then().statusCode(404).contentType(PROBLEM);
        // Nothing was added.
        awaitApplication(applicationId, 1, row -> row.get("resendOf") == null && row.get("recipient") == null);
    }

    @Test
    void onlyAdminsReachTheLog() {
        given().when().get("/api/v1/notifications")
                .then().statusCode(401).contentType(PROBLEM);
        given().header("Authorization", TestTokens.bearer("applicant", "amara"))
                .when().get("/api/v1/notifications")
                .then().statusCode(403).contentType(PROBLEM);
        given().header("Authorization", TestTokens.bearer("reviewer", "rita"))
                .when().post("/api/v1/notifications/" + UUID.randomUUID() + "/resend")
                .then().statusCode(403).contentType(PROBLEM);
        asAdmin().when().get("/api/v1/notifications")
                .then().statusCode(200).body("page", equalTo(0)).body("size", equalTo(20));
    }

    @Test
    void invalidFiltersAreBadRequestsNamingTheField() {
        asAdmin().queryParam("status", "LOST")
                .when().get("/api/v1/notifications")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("status"));
        asAdmin().queryParam("applicationId", "not-a-uuid")
                .when().get("/api/v1/notifications")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("applicationId"));
        asAdmin().queryParam("recipient", "not an address")
                .when().get("/api/v1/notifications")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("recipient"));
        asAdmin().queryParam("size", 0)
                .when().get("/api/v1/notifications")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("size"))
                .body("detail", notNullValue())
                .body("errorId", nullValue());
    }
}
