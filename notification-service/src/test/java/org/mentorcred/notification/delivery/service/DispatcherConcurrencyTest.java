package org.mentorcred.notification.delivery.service;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorcred.notification.support.DeliveryLog.attempts;
import static org.mentorcred.notification.support.DeliveryLog.awaitApplication;
import static org.mentorcred.notification.support.DeliveryLog.status;
import static org.mentorcred.notification.support.Events.freshEmail;
import static org.mentorcred.notification.support.QueuedEmails.failedSends;
import static org.mentorcred.notification.support.QueuedEmails.queued;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.mentorcred.notification.delivery.repository.NotificationRepository;
import org.mentorcred.notification.support.DeliveryLog;
import org.mentorcred.notification.support.Events;
import org.mentorcred.notification.support.SmtpServer;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Several dispatchers (the application's own and two more passes running alongside, as other instances would)
 * share one queue: every email is claimed by one of them and goes out exactly once.
 */
@QuarkusTest
class DispatcherConcurrencyTest {

    private static final int EMAILS = 20;

    SmtpServer smtp;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    DeliveryDispatcher dispatcher;

    @Inject
    NotificationRepository notifications;

    @Inject
    MeterRegistry meters;

    /**
     * A batch goes out over several SMTP connections at once, yet each recipient receives their emails in the order
     * they were queued: twelve emails for three people, queued interleaved in one transaction (so one pass claims
     * them together), arrive in order per person, each once.
     */
    @Test
    void oneRecipientsEmailsArriveInTheOrderTheyWereQueued() {
        List<String> recipients = List.of(freshEmail("first"), freshEmail("second"), freshEmail("third"));
        OffsetDateTime due = OffsetDateTime.now().minusMinutes(1).truncatedTo(ChronoUnit.MILLIS);
        QuarkusTransaction.requiringNew().run(() -> {
            for (int n = 0; n < 4; n++) {
                for (int r = 0; r < recipients.size(); r++) {
                    notifications.persist(queued(recipients.get(r), "Step " + n, due.plusNanos((n * 3L + r) * 1_000_000)));
                }
            }
        });
        for (String recipient : recipients) {
            List<String> subjects = smtp.awaitMessagesTo(recipient, 4).stream().map(m -> m.subject()).toList();
            assertEquals(List.of("Step 0", "Step 1", "Step 2", "Step 3"), subjects, recipient);
        }
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5))
                .until(() -> recipients.stream().allMatch(r -> smtp.messagesTo(r).size() == 4));
    }

    @Test
    void threeDispatchersSendEachEmailOnce() throws Exception {
        double failedSendsBefore = failedSends(meters);
        AtomicBoolean done = new AtomicBoolean();
        ExecutorService others = Executors.newFixedThreadPool(2);
        List<Future<?>> passes = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            passes.add(others.submit(() -> {
                while (!done.get()) {
                    if (dispatcher.dispatchDue() == 0) {
                        LockSupport.parkNanos(Duration.ofMillis(25).toNanos()); // pace an idle pass
                    }
                }
            }));
        }
        List<UUID> applications = new ArrayList<>();
        List<String> recipients = new ArrayList<>();
        try (Events events = new Events(bootstrap)) {
            for (int i = 0; i < EMAILS; i++) {
                UUID applicationId = UUID.randomUUID();
                String email = freshEmail("crowd" + i);
                applications.add(applicationId);
                recipients.add(email);
                events.submitted(applicationId, "Applicant " + i, email, "en");
            }
            for (UUID applicationId : applications) {
                awaitApplication(applicationId, 1, status("SENT"));
            }
        } finally {
            done.set(true);
            others.shutdown();
            assertTrue(others.awaitTermination(30, TimeUnit.SECONDS));
        }
        for (Future<?> pass : passes) {
            pass.get(); // no pass failed
        }
        // A second delivery of any of them would show up within moments of the first.
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5))
                .until(() -> recipients.stream().allMatch(r -> smtp.messagesTo(r).size() == 1));
        // Every claim beyond an email's first must be a retry after a send that failed (one that took longer than
        // the test profile's 5 s, say); a claim of an email another dispatcher holds would be one more.
        int extraClaims = 0;
        for (UUID applicationId : applications) {
            extraClaims += attempts(DeliveryLog.ofApplication(applicationId).get(0)) - 1;
        }
        double failedSends = failedSends(meters) - failedSendsBefore;
        assertTrue(extraClaims <= failedSends, extraClaims + " extra claims, " + failedSends + " failed sends");
    }
}
