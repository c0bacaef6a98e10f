package org.mentorcred.notification.delivery.service;

import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.jboss.logging.Logger;
import org.mentorcred.notification.config.NotificationConfig;
import org.mentorcred.notification.delivery.repository.NotificationRepository;
import org.mentorcred.notification.delivery.repository.NotificationRepository.Claim;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Sends queued emails over SMTP on a thread of its own, outside any consumer's transaction: claims due rows
 * (a short transaction; {@code FOR UPDATE SKIP LOCKED}, so the dispatchers of several instances share the
 * queue), sends each one, and records the outcome. A failed send is retried with exponential backoff up to
 * {@code max-attempts}, then marked FAILED.
 *
 * <p>Delivery is at least once: an instance that dies between the server's acceptance and the commit of SENT
 * leaves the email claimed; after {@code claim-timeout} another instance sends it again.
 */
@ApplicationScoped
public class DeliveryDispatcher {

    private static final Logger LOG = Logger.getLogger(DeliveryDispatcher.class);
    private static final Object WAKE_UP_REGISTERED = new Object();
    private static final int MAX_ERROR_LENGTH = 1000;
    /** Lets a recipient's mail system and the log find the delivery an email came from. */
    public static final String NOTIFICATION_HEADER = "X-MentorCred-Notification";

    @Inject
    NotificationRepository notifications;

    @Inject
    NotificationConfig config;

    @Inject
    Mailer mailer;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    Instance<MeterRegistry> meters;

    private final Object signal = new Object();
    private boolean woken;
    private volatile boolean running;
    private Thread thread;
    private Backoff backoff;

    void start(@Observes StartupEvent event) {
        NotificationConfig.Delivery delivery = config.delivery();
        backoff = new Backoff(delivery.initialBackoff(), delivery.maxBackoff(), delivery.maxAttempts());
        if (!delivery.dispatcherEnabled()) {
            LOG.info("Email dispatcher disabled on this instance");
            return;
        }
        running = true;
        thread = new Thread(this::loop, "email-dispatcher");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        if (thread == null) {
            return;
        }
        running = false;
        thread.interrupt();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Asks the dispatcher to look for work once the current transaction commits. */
    public void wakeUpAfterCommit() {
        if (transactions.getResource(WAKE_UP_REGISTERED) != null) {
            return;
        }
        transactions.putResource(WAKE_UP_REGISTERED, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    wakeUp();
                }
            }
        });
    }

    private void wakeUp() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    private void loop() {
        NotificationConfig.Delivery delivery = config.delivery();
        Duration pause = Duration.ZERO;
        while (running) {
            try {
                int claimed = dispatchDue();
                pause = Duration.ZERO;
                if (claimed < delivery.batchSize()) {
                    awaitWork(delivery.pollInterval());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                // The database is away: wait, then look again.
                pause = pause.isZero() ? delivery.pollInterval() : pause.multipliedBy(2);
                pause = pause.compareTo(Duration.ofSeconds(30)) > 0 ? Duration.ofSeconds(30) : pause;
                LOG.warnf("Email dispatcher pass failed (%s); retrying in %d ms", e.getMessage(), pause.toMillis());
                try {
                    Thread.sleep(pause.toMillis());
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /**
     * One pass: claims up to a batch of due emails and sends them. Any number of passes may run at once, in this
     * instance or others; each email is claimed by one of them.
     *
     * @return how many emails were claimed
     */
    int dispatchDue() {
        NotificationConfig.Delivery delivery = config.delivery();
        List<Claim> claims = QuarkusTransaction.requiringNew()
                .call(() -> notifications.claimDue(delivery.batchSize(), delivery.claimTimeout()));
        for (Claim claim : claims) {
            if (Thread.currentThread().isInterrupted()) {
                break; // claimed but unsent: sent by whoever runs after the claim expires
            }
            deliver(claim);
        }
        return claims.size();
    }

    private void deliver(Claim claim) {
        try {
            mailer.send(Mail.withHtml(claim.recipient(), claim.subject(), claim.html())
                    .setText(claim.text())
                    .addHeader(NOTIFICATION_HEADER, claim.id().toString())
                    // RFC 3834: out-of-office responders must not answer it.
                    .addHeader("Auto-Submitted", "auto-generated"));
        } catch (RuntimeException e) {
            Duration retryIn = backoff.retryAfter(claim.attempt());
            String error = describe(e);
            if (retryIn == null) {
                LOG.errorf("Email %s to %s failed %d times and is given up: %s", claim.id(), claim.recipient(),
                        claim.attempt(), error);
                count("mentorcred.notifications.failed");
            } else {
                LOG.warnf("Email %s (attempt %d) failed: %s; next attempt in %d ms", claim.id(), claim.attempt(), error,
                        retryIn.toMillis());
                count("mentorcred.notifications.retried");
            }
            QuarkusTransaction.requiringNew()
                    .run(() -> notifications.markAttemptFailed(claim.id(), claim.attempt(), error, retryIn));
            return;
        }
        boolean recorded = QuarkusTransaction.requiringNew().call(() -> notifications.markSent(claim.id(), claim.attempt()));
        if (!recorded) {
            LOG.warnf("Email %s was sent after its claim expired; another dispatcher took it over", claim.id());
        }
        count("mentorcred.notifications.sent");
    }

    private void count(String name) {
        if (meters.isResolvable()) {
            meters.get().counter(name).increment();
        }
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getClass().getSimpleName() + ": " + root.getMessage();
        return message.length() > MAX_ERROR_LENGTH ? message.substring(0, MAX_ERROR_LENGTH) : message;
    }

    private void awaitWork(Duration timeout) throws InterruptedException {
        synchronized (signal) {
            if (!woken) {
                signal.wait(Math.max(1, timeout.toMillis()));
            }
            woken = false;
        }
    }
}
