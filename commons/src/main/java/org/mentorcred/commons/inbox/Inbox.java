package org.mentorcred.commons.inbox;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;

/**
 * The idempotent consumer. {@link #process} applies a handler to an event exactly once per
 * {@code (consumer, ce_id)}: the handler's effect and the record that the event was processed commit in
 * one transaction, so a redelivered event finds its record and has no second effect.
 *
 * <p>Failures: a {@link MalformedEventException} is nacked at once, so the channel's dead-letter strategy
 * moves it aside and the partition goes on; any other failure is retried with backoff up to
 * {@code mentorcred.inbox.max-attempts} and then nacked, except a lost database connection, which is
 * retried until the database is back (our outage is not the event's fault). A message caught by the
 * application stopping is neither acked nor nacked: uncommitted, it is delivered again after the restart.
 *
 * <pre>
 * &#64;Incoming("application-events")
 * &#64;Blocking
 * public CompletionStage&lt;Void&gt; onApplicationEvent(Message&lt;String&gt; message) {
 *     return inbox.process("payment-service", message, event -&gt; switch (event.type()) { ... });
 * }
 * </pre>
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    Validator validator;

    @Inject
    InboxConfig config;

    @Inject
    Instance<MeterRegistry> meters;

    private volatile boolean stopping;

    /** Early in shutdown: failures from now on are the application stopping, not the event's fault. */
    void onStop(@Observes @Priority(1) ShutdownEvent event) {
        stopping = true;
    }

    /** Applies {@code handler} to the event in {@code message} once for {@code consumer}, then acks or nacks it. */
    public CompletionStage<Void> process(String consumer, Message<String> message, Consumer<InboundEvent> handler) {
        InboundEvent event;
        try {
            event = InboundEvent.from(message, mapper, validator);
        } catch (MalformedEventException e) {
            LOG.warnf("%s: malformed message goes to the dead-letter topic: %s", consumer, e.getMessage());
            count(consumer, null, "dead-lettered");
            return message.nack(e);
        }
        int attempt = 0;
        Duration backoff = config.initialBackoff();
        while (true) {
            attempt++;
            try {
                boolean applied = QuarkusTransaction.requiringNew().call(() -> {
                    if (!recordFirstDelivery(consumer, event)) {
                        return false;
                    }
                    handler.accept(event);
                    return true;
                });
                if (!applied) {
                    LOG.debugf("%s: %s already processed, skipped", consumer, event);
                }
                count(consumer, event.topic(), applied ? "applied" : "duplicate");
                return message.ack();
            } catch (MalformedEventException e) {
                LOG.warnf("%s: %s goes to the dead-letter topic: %s", consumer, event, e.getMessage());
                count(consumer, event.topic(), "dead-lettered");
                return message.nack(e);
            } catch (RuntimeException e) {
                if (stopping) {
                    LOG.infof("%s: stopping; %s stays unacknowledged and will be delivered again", consumer, event);
                    return new CompletableFuture<>();
                }
                boolean ourOutage = isConnectionFailure(e);
                if (!ourOutage && attempt >= config.maxAttempts()) {
                    LOG.errorf(e, "%s: %s failed %d times and goes to the dead-letter topic", consumer, event, attempt);
                    count(consumer, event.topic(), "dead-lettered");
                    return message.nack(new EventProcessingException(consumer + " could not process " + event
                            + " after " + attempt + " attempts: " + rootMessage(e), e));
                }
                LOG.warnf("%s: %s failed (attempt %d, %s); retrying in %d ms", consumer, event, attempt,
                        rootMessage(e), backoff.toMillis());
                if (!pause(backoff)) {
                    return new CompletableFuture<>();
                }
                Duration doubled = backoff.multipliedBy(2);
                backoff = doubled.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : doubled;
            }
        }
    }

    private boolean recordFirstDelivery(String consumer, InboundEvent event) {
        return em.createNativeQuery("""
                INSERT INTO processed_event (consumer, event_id, event_type) VALUES (?1, ?2, ?3)
                ON CONFLICT DO NOTHING""")
                .setParameter(1, consumer)
                .setParameter(2, event.id())
                .setParameter(3, event.type())
                .executeUpdate() == 1;
    }

    private static boolean isConnectionFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** @return false if interrupted (the application is stopping) */
    private static boolean pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * {@code mentorcred_inbox_events_total{consumer, topic, outcome}}: events applied, skipped as duplicates and
     * dead-lettered, per instance (what each instance of a scaled-out consumer did).
     */
    private void count(String consumer, String topic, String outcome) {
        if (meters.isResolvable()) {
            meters.get().counter("mentorcred.inbox.events", "consumer", consumer, "topic",
                    topic == null ? "unknown" : topic, "outcome", outcome).increment();
        }
    }

}
