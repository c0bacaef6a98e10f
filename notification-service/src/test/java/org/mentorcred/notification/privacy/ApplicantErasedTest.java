package org.mentorcred.notification.privacy;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.mentorcred.infra.test.EventContracts;
import org.mentorcred.notification.support.DeliveryLog;
import org.mentorcred.notification.support.Events;
import org.mentorcred.notification.support.SmtpServer;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

/** ApplicantErased: the application's contact and its emails in the delivery log are anonymised. */
@QuarkusTest
class ApplicantErasedTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    SmtpServer smtp;

    @jakarta.inject.Inject
    io.agroal.api.AgroalDataSource dataSource;

    @jakarta.inject.Inject
    org.mentorcred.notification.delivery.repository.NotificationRepository notificationRepository;

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

    /**
     * Once the applicant is erased, nothing more is emailed to them: the refund that follows the erasure (and any
     * other event about the application) queues no email, to the pseudonym or anyone, and no message goes out.
     */
    @Test
    void afterTheErasureNoFurtherEmailIsQueuedOrSent() throws Exception {
        UUID application = UUID.randomUUID();
        String email = Events.freshEmail("erased.refund");
        UUID applicant = UUID.randomUUID();
        try (Events events = new Events(bootstrap)) {
            events.submitted(application, "Erased Refund", email, "en");
            DeliveryLog.awaitApplication(application, 1, DeliveryLog.status("SENT"));
            ObjectNode erased = Events.example(Events.APPLICATION, "ApplicantErased", application);
            erased.put("applicantId", applicant.toString());
            events.send(Events.APPLICATION, "ApplicantErased", erased);
            await().atMost(Duration.ofSeconds(30)).until(() -> erasedAt(application) != null);

            String refund = events.send(Events.PAYMENT, "RefundIssued", Events.example(Events.PAYMENT, "RefundIssued",
                    application));
            String withdrawn = events.send(Events.APPLICATION, "ApplicationWithdrawn",
                    Events.example(Events.APPLICATION, "ApplicationWithdrawn", application));
            // Both events applied, and only then is the log read: nothing was queued for either.
            await().atMost(Duration.ofSeconds(30)).until(() -> processed(refund) == 1 && processed(withdrawn) == 1);
            assertEquals(1, DeliveryLog.ofApplication(application).size(), DeliveryLog.ofApplication(application)::toString);
            assertEquals(1, smtp.messagesTo(email).size());
            assertEquals(0, smtp.messagesTo("erased-" + applicant + "@erased.invalid").size());
        }
    }

    /**
     * An email the dispatcher had handed to the SMTP server when the erasure gave up the application's queued emails
     * is recorded as what it was, sent: the log never says FAILED for a message that is in the mailbox.
     */
    @Test
    void anEmailSentWhileTheErasureGaveItUpIsRecordedAsSent() throws Exception {
        UUID application = UUID.randomUUID();
        try (Events events = new Events(bootstrap)) {
            events.submitted(application, "In Flight", Events.freshEmail("in.flight"), "en");
            Map<String, Object> row = DeliveryLog.awaitApplication(application, 1, DeliveryLog.status("SENT")).get(0);
            UUID id = UUID.fromString(row.get("id").toString());
            int attempt = DeliveryLog.attempts(row);
            // As the erasure leaves an email claimed by a dispatcher that is still sending it.
            sql("UPDATE notification SET status = 'FAILED', sent_at = NULL, last_error = 'The applicant was erased' "
                    + "WHERE id = '" + id + "'");
            boolean recorded = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                    .call(() -> notificationRepository.markSent(id, attempt));
            org.junit.jupiter.api.Assertions.assertTrue(recorded);
            DeliveryLog.asAdmin().when().get("/api/v1/notifications/{id}", id)
                    .then().statusCode(200)
                    .body("notification.status", equalTo("SENT"))
                    .body("notification.sentAt", org.hamcrest.Matchers.notNullValue())
                    .body("notification.lastError", org.hamcrest.Matchers.nullValue());
        }
    }

    private Object erasedAt(UUID application) throws Exception {
        try (var c = dataSource.getConnection(); var s = c.prepareStatement(
                "SELECT erased_at FROM application_contact WHERE application_id = ?")) {
            s.setObject(1, application);
            try (var r = s.executeQuery()) {
                return r.next() ? r.getObject(1) : null;
            }
        }
    }

    private int processed(String eventId) throws Exception {
        if (eventId == null) {
            return 0;
        }
        try (var c = dataSource.getConnection(); var s = c.prepareStatement(
                "SELECT count(*) FROM processed_event WHERE event_id = ?")) {
            s.setString(1, eventId);
            try (var r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private void sql(String statement) throws Exception {
        try (var c = dataSource.getConnection(); var s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
