package org.mentorcred.notification.delivery.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.mentorcred.notification.config.NotificationConfig;
import org.mentorcred.notification.delivery.repository.NotificationRepository;
import org.mentorcred.notification.delivery.repository.NotificationRepository.Claim;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Sends queued emails over SMTP on a thread of its own, outside any consumer's transaction: claims due rows
 * (a short transaction; {@code FOR UPDATE SKIP LOCKED}, so the dispatchers of several instances share the
 * queue), sends them, and records the outcomes of the batch in one transaction. A failed send is retried with
 * exponential backoff up to {@code max-attempts}, then marked FAILED.
 *
 * <p>The emails of a batch go out over up to {@code parallel-sends} pooled SMTP connections at once; one
 * recipient's emails are still sent one after the other, in the order they were queued, so nobody reads "you are
 * eligible" before "we received your application".
 *
 * <p>Delivery is at least once: an instance that dies between the server's acceptance and the commit of its
 * batch's outcomes leaves the batch's emails claimed; after {@code claim-timeout} another instance sends them again.
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
    ReactiveMailer mailer;

    /**
     * How long one email may take. Quarkus applies {@code quarkus.mailer.timeout} only to the blocking mailer; the
     * reactive one used here would wait for a server that accepts and never answers for as long as the socket
     * stays open, holding up the whole batch.
     */
    @ConfigProperty(name = "quarkus.mailer.timeout", defaultValue = "30s")
    Duration sendTimeout;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    Vertx vertx;

    @Inject
    Instance<MeterRegistry> meters;

    private final Object signal = new Object();
    private boolean woken;
    private volatile boolean running;
    private Thread thread;
    private Backoff backoff;
    /** Where every send starts; see {@link #onSendContext}. */
    private Context sendContext;

    void start(@Observes StartupEvent event) {
        NotificationConfig.Delivery delivery = config.delivery();
        backoff = new Backoff(delivery.initialBackoff(), delivery.maxBackoff(), delivery.maxAttempts());
        sendContext = vertx.getOrCreateContext();
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
        if (claims.isEmpty()) {
            return 0;
        }
        List<Outcome> outcomes = Multi.createFrom().iterable(byRecipient(claims))
                .onItem().transformToUni(this::sendInTurn)
                .merge(delivery.parallelSends())
                .collect().in(ArrayList<Outcome>::new, List::addAll)
                // Each send gives up after sendTimeout; this only guards against a pass that never ends.
                .await().atMost(delivery.claimTimeout());
        QuarkusTransaction.requiringNew().run(() -> outcomes.forEach(this::record));
        outcomes.forEach(this::report);
        return claims.size();
    }

    /** What became of one claimed email. */
    private record Outcome(Claim claim, String error, Duration retryIn) {

        boolean sent() {
            return error == null;
        }
    }

    /** The claims grouped by recipient (case-insensitively), each group and each recipient's emails in queue order. */
    private static List<List<Claim>> byRecipient(List<Claim> claims) {
        Map<String, List<Claim>> groups = new LinkedHashMap<>();
        for (Claim claim : claims) {
            groups.computeIfAbsent(claim.recipient().toLowerCase(Locale.ROOT), r -> new ArrayList<>()).add(claim);
        }
        return List.copyOf(groups.values());
    }

    /** Sends one recipient's emails one after the other; a failure does not hold back the ones after it. */
    private Uni<List<Outcome>> sendInTurn(List<Claim> claims) {
        return Multi.createFrom().iterable(claims)
                .onItem().transformToUniAndConcatenate(this::send)
                .collect().asList();
    }

    private Uni<Outcome> send(Claim claim) {
        Mail mail = Mail.withHtml(claim.recipient(), claim.subject(), claim.html())
                .setText(claim.text())
                .addHeader(NOTIFICATION_HEADER, claim.id().toString())
                // RFC 3834: out-of-office responders must not answer it.
                .addHeader("Auto-Submitted", "auto-generated");
        return Uni.createFrom().deferred(() -> mailer.send(mail))
                .runSubscriptionOn(this::onSendContext)
                .ifNoItem().after(sendTimeout).failWith(() -> new TimeoutException(
                        "The SMTP server did not accept the email within " + sendTimeout.toMillis() + " ms"))
                .map(sent -> new Outcome(claim, null, null))
                .onFailure().recoverWithItem(e -> new Outcome(claim, describe(e), backoff.retryAfter(claim.attempt())));
    }

    /**
     * Runs a task on the one Vert.x event loop context every send starts on. The mail client (vertx-mail-client
     * 4.5) reads a new SMTP connection only once the connection has been handed to the context that asked for it;
     * when that hand-over is a task of its own (asked from another thread, or from another event loop than the one
     * that opened the connection), a quick server's greeting can arrive first and is dropped. The send then waits,
     * and its pooled connection is not given back until the server drops it (a server that waits for the client's
     * EHLO for good: never; after {@code max-pool-size} of them nothing is sent any more), or it fails on what is
     * left of the greeting. Asked from one context, connections are opened, handed over and read on its thread, the
     * hand-over before anything is read.
     */
    private void onSendContext(Runnable task) {
        sendContext.runOnContext(ignored -> task.run());
    }

    /** Records one outcome; conditional on the attempt (a claim that expired meanwhile belongs to someone else). */
    private void record(Outcome outcome) {
        Claim claim = outcome.claim();
        if (outcome.sent()) {
            if (!notifications.markSent(claim.id(), claim.attempt())) {
                LOG.warnf("Email %s was sent after its claim expired; another dispatcher took it over", claim.id());
            }
        } else {
            notifications.markAttemptFailed(claim.id(), claim.attempt(), outcome.error(), outcome.retryIn());
        }
    }

    private void report(Outcome outcome) {
        Claim claim = outcome.claim();
        if (outcome.sent()) {
            count("mentorcred.notifications.sent");
        } else if (outcome.retryIn() == null) {
            LOG.errorf("Email %s to %s failed %d times and is given up: %s", claim.id(), claim.recipient(),
                    claim.attempt(), outcome.error());
            count("mentorcred.notifications.failed");
        } else {
            LOG.warnf("Email %s (attempt %d) failed: %s; next attempt in %d ms", claim.id(), claim.attempt(),
                    outcome.error(), outcome.retryIn().toMillis());
            count("mentorcred.notifications.retried");
        }
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
