package org.mentorcred.notification.delivery.service;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mentorcred.notification.support.Events.freshEmail;
import static org.mentorcred.notification.support.QueuedEmails.failedSends;
import static org.mentorcred.notification.support.QueuedEmails.queued;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.mentorcred.notification.delivery.Notification;
import org.mentorcred.notification.delivery.NotificationStatus;
import org.mentorcred.notification.delivery.repository.NotificationRepository;
import org.mentorcred.notification.support.SmtpServer;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A thousand emails, each over a new SMTP connection (keep-alive off), eight at a time: every one goes out at its
 * first attempt. Sends started on the dispatcher's own thread lost a quick server's greeting on five or six new
 * connections in a thousand here: such a send hung (keeping its pooled connection for good) or failed on the rest
 * of the greeting.
 */
@QuarkusTest
@TestProfile(NewConnectionsTest.ConnectionPerEmail.class)
class NewConnectionsTest {

    private static final int EMAILS = 1000;

    public static class ConnectionPerEmail implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.mailer.keep-alive", "false");
        }
    }

    SmtpServer smtp;

    @Inject
    NotificationRepository notifications;

    @Inject
    MeterRegistry meters;

    @Test
    void everyEmailGoesOutAtItsFirstAttempt() {
        double failedSendsBefore = failedSends(meters);
        List<UUID> ids = new ArrayList<>();
        List<String> recipients = new ArrayList<>();
        OffsetDateTime due = OffsetDateTime.now().minusSeconds(1);
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < EMAILS; i++) {
                Notification email = queued(freshEmail("new-connection" + i), "Email " + i, due);
                notifications.persist(email);
                ids.add(email.id);
                recipients.add(email.recipient);
            }
        });
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
                .until(() -> count("id in ?1 and status = ?2", ids, NotificationStatus.SENT) == EMAILS);

        assertEquals(0, failedSends(meters) - failedSendsBefore, "failed sends");
        assertEquals(EMAILS, count("id in ?1 and attempts = 1", ids), "emails sent at their first attempt");
        for (String recipient : recipients) {
            assertEquals(1, smtp.messagesTo(recipient).size(), recipient);
        }
    }

    private long count(String query, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() -> notifications.count(query, parameters));
    }
}
