package org.mentorcred.notification.delivery;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorcred.notification.support.DeliveryLog.attempts;
import static org.mentorcred.notification.support.DeliveryLog.awaitApplication;
import static org.mentorcred.notification.support.DeliveryLog.status;
import static org.mentorcred.notification.support.Events.APPLICATION;
import static org.mentorcred.notification.support.Events.ELIGIBILITY;
import static org.mentorcred.notification.support.Events.EXAM;
import static org.mentorcred.notification.support.Events.PAYMENT;
import static org.mentorcred.notification.support.Events.example;
import static org.mentorcred.notification.support.Events.freshEmail;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentorcred.notification.support.DeliveryLog;
import org.mentorcred.notification.support.Events;
import org.mentorcred.notification.support.ReceivedEmail;
import org.mentorcred.notification.support.SmtpServer;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

/** Once, in order or not, and through an SMTP outage. */
@QuarkusTest
class DeliveryTest {

    SmtpServer smtp;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @ConfigProperty(name = "mentorcred.notification.delivery.max-attempts")
    int maxAttempts;

    @ConfigProperty(name = "quarkus.mailer.timeout")
    Duration mailerTimeout;

    Events events;

    @BeforeEach
    void open() {
        events = new Events(bootstrap);
    }

    @AfterEach
    void close() {
        smtp.start(); // a test that stopped it and failed must not take the server from the others
        events.close();
    }

    @Test
    void eventDeliveredTwiceSendsOneEmail() {
        UUID applicationId = UUID.randomUUID();
        String email = freshEmail("twice");
        ObjectNode submitted = example(APPLICATION, "ApplicationSubmitted", applicationId);
        ((ObjectNode) submitted.get("applicant")).put("email", email);
        String eventId = UUID.randomUUID().toString();
        events.send(APPLICATION, "ApplicationSubmitted", eventId, submitted);
        events.send(APPLICATION, "ApplicationSubmitted", eventId, submitted);
        ObjectNode invoice = example(PAYMENT, "InvoiceIssued", applicationId);
        String invoiceEventId = UUID.randomUUID().toString();
        events.send(PAYMENT, "InvoiceIssued", invoiceEventId, invoice);
        events.send(PAYMENT, "InvoiceIssued", invoiceEventId, invoice);
        // Sent after the duplicates on the same topics and key, so consumed after them.
        ObjectNode withdrawn = example(APPLICATION, "ApplicationWithdrawn", applicationId);
        ((ObjectNode) withdrawn.get("applicant")).put("email", email);
        events.send(APPLICATION, "ApplicationWithdrawn", withdrawn);
        events.send(PAYMENT, "RefundIssued", example(PAYMENT, "RefundIssued", applicationId));

        List<ReceivedEmail> received = smtp.awaitMessagesTo(email, 4);
        assertEquals(List.of("Invoice INV-2026-000123: USD 170.00 due by 20 December 2026",
                "Refund of USD 170.00 for invoice INV-2026-000123",
                "We received your application for Certified Professional Mentor (IMC)",
                "Your application for Certified Professional Mentor (IMC) has been withdrawn"),
                received.stream().map(ReceivedEmail::subject).sorted().toList());
        List<Map<String, Object>> log = awaitApplication(applicationId, 4, status("SENT"));
        assertEquals(1, log.stream().filter(row -> eventId.equals(row.get("eventId"))).count());
        assertEquals(1, log.stream().filter(row -> invoiceEventId.equals(row.get("eventId"))).count());
    }

    @Test
    void eventsThatOvertakeTheSubmissionWaitForTheApplicantAndAreThenSent() {
        UUID applicationId = UUID.randomUUID();
        String email = freshEmail("early");
        events.send(ELIGIBILITY, "EligibilityDecided", example(ELIGIBILITY, "EligibilityDecided", applicationId));
        events.send(PAYMENT, "InvoiceIssued", example(PAYMENT, "InvoiceIssued", applicationId));
        events.send(EXAM, "ExamBooked", example(EXAM, "ExamBooked", applicationId));

        List<Map<String, Object>> waiting = awaitApplication(applicationId, 3, status("WAITING_FOR_RECIPIENT"));
        waiting.forEach(row -> assertNull(row.get("recipient"), "no recipient while waiting"));
        assertEquals(List.of("eligibility-decided", "exam-booked", "invoice-issued"),
                waiting.stream().map(row -> (String) row.get("template")).sorted().toList());

        events.submitted(applicationId, "Amara Okafor", email, "en");

        List<ReceivedEmail> received = smtp.awaitMessagesTo(email, 4);
        assertEquals(List.of("Invoice INV-2026-000123: USD 170.00 due by 20 December 2026",
                "We received your application for Certified Professional Mentor (IMC)",
                "You are eligible for Certified Professional Mentor (IMC)",
                "Your Level 2 Professional Mentor exam is booked: 15 March 2027 at 09:00 UTC"),
                received.stream().map(ReceivedEmail::subject).sorted().toList());
        received.forEach(r -> assertTrue(r.text().startsWith("Dear Amara Okafor,"), r.text()));
        List<Map<String, Object>> sent = awaitApplication(applicationId, 4, status("SENT"));
        // The waiting rows themselves were completed, not copied.
        assertTrue(sent.stream().map(row -> row.get("id")).collect(Collectors.toSet())
                .containsAll(waiting.stream().map(row -> row.get("id")).toList()));
        sent.forEach(row -> assertEquals(email, row.get("recipient")));
    }

    @Test
    void smtpOutageThenRecoveryDeliversEveryPendingEmailExactlyOnce() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        String firstEmail = freshEmail("outage");
        String secondEmail = freshEmail("outage");
        smtp.stop();
        try {
            events.submitted(first, "Amara Okafor", firstEmail, "en");
            events.send(PAYMENT, "InvoiceIssued", example(PAYMENT, "InvoiceIssued", first));
            events.submitted(second, "Jonas Berg", secondEmail, "en");

            // Retried with backoff, not lost and not given up: attempts counted, the error and next attempt recorded.
            awaitApplication(first, 2, row -> "PENDING".equals(row.get("status")) && attempts(row) >= 2);
            List<Map<String, Object>> retrying = awaitApplication(second, 1,
                    row -> "PENDING".equals(row.get("status")) && attempts(row) >= 2);
            for (Map<String, Object> row : DeliveryLog.ofApplication(first)) {
                assertNotNull(row.get("lastError"), "last error of " + row);
                assertNotNull(row.get("nextAttemptAt"), "next attempt of " + row);
                assertNull(row.get("sentAt"));
            }
            assertTrue(attempts(retrying.get(0)) < maxAttempts, "still retrying: " + retrying);
        } finally {
            smtp.start();
        }

        assertEquals(2, smtp.awaitMessagesTo(firstEmail, 2).size());
        assertEquals(1, smtp.awaitMessagesTo(secondEmail, 1).size());
        List<Map<String, Object>> sent = awaitApplication(first, 2, status("SENT"));
        sent.forEach(row -> {
            assertNull(row.get("nextAttemptAt"));
            assertNotNull(row.get("sentAt"));
            assertTrue(attempts(row) >= 3, "failed twice, then sent: " + row);
        });
        awaitApplication(second, 1, status("SENT"));
        // Sent rows are never claimed again: still exactly one of each.
        assertEquals(2, smtp.messagesTo(firstEmail).size());
        assertEquals(1, smtp.messagesTo(secondEmail).size());
    }

    /**
     * A server that accepts the connection and never greets (a hung relay, a half-open socket) costs the email one
     * attempt after {@code quarkus.mailer.timeout}: it does not hold up the dispatcher until its claims expire.
     */
    @Test
    void aServerThatNeverAnswersCostsOneAttemptAndTheEmailGoesOnceItIsBack() throws Exception {
        UUID applicationId = UUID.randomUUID();
        String email = freshEmail("silent");
        smtp.stop();
        try (ServerSocket silent = new ServerSocket()) {
            silent.setReuseAddress(true);
            // Never accepted: the kernel completes the handshakes, and nobody ever says "220".
            silent.bind(new InetSocketAddress("127.0.0.1", smtp.port()), 50);
            events.submitted(applicationId, "Amara Okafor", email, "en");
            await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100)).until(() -> {
                List<Map<String, Object>> rows = DeliveryLog.ofApplication(applicationId);
                return rows.size() == 1 && String.valueOf(rows.get(0).get("lastError"))
                        .contains("did not accept the email within " + mailerTimeout.toMillis() + " ms");
            });
            assertEquals("PENDING", DeliveryLog.ofApplication(applicationId).get(0).get("status"));
        } finally {
            smtp.start();
        }
        assertEquals("We received your application for Certified Professional Mentor (IMC)",
                smtp.awaitOneTo(email).subject());
        awaitApplication(applicationId, 1, status("SENT"));
    }

    @Test
    void emailThatNeverGoesThroughIsMarkedFailedAfterTheLastAttempt() {
        UUID applicationId = UUID.randomUUID();
        String email = freshEmail("unlucky");
        smtp.stop();
        Map<String, Object> failed;
        try {
            events.submitted(applicationId, "Amara Okafor", email, "en");
            failed = awaitApplication(applicationId, 1, status("FAILED")).get(0);
        } finally {
            smtp.start();
        }
        assertEquals(maxAttempts, attempts(failed));
        assertNotNull(failed.get("lastError"));
        assertNull(failed.get("nextAttemptAt"));
        assertNull(failed.get("sentAt"));

        // Only a deliberate resend sends it now.
        DeliveryLog.asAdmin().when().post("/api/v1/notifications/" + failed.get("id") + "/resend")
                .then().statusCode(201);
        ReceivedEmail resent = smtp.awaitOneTo(email);
        assertEquals("We received your application for Certified Professional Mentor (IMC)", resent.subject());
        List<Map<String, Object>> log = awaitApplication(applicationId, 2,
                row -> row.get("resendOf") == null ? "FAILED".equals(row.get("status")) : "SENT".equals(row.get("status")));
        assertEquals(1, log.stream().filter(row -> failed.get("id").equals(row.get("resendOf"))).count());
    }
}
