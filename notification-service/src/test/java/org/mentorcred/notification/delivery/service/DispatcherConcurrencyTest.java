package org.mentorcred.notification.delivery.service;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorcred.notification.support.DeliveryLog.attempts;
import static org.mentorcred.notification.support.DeliveryLog.awaitApplication;
import static org.mentorcred.notification.support.DeliveryLog.status;
import static org.mentorcred.notification.support.Events.freshEmail;

import java.time.Duration;
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
import org.mentorcred.notification.support.DeliveryLog;
import org.mentorcred.notification.support.Events;
import org.mentorcred.notification.support.SmtpServer;

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

    @Test
    void threeDispatchersSendEachEmailOnce() throws Exception {
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
        for (UUID applicationId : applications) {
            assertEquals(1, attempts(DeliveryLog.ofApplication(applicationId).get(0)), "claimed once: " + applicationId);
        }
    }
}
