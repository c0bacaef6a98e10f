package org.mentorcred.commons.testapp;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.constraints.NotBlank;

import java.util.concurrent.CompletionStage;

import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.mentorcred.commons.inbox.Inbox;
import org.mentorcred.commons.inbox.InboundEvent;

import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * A consumer written the way services write theirs. Texts starting with "fail-" make the handler fail
 * after writing its effect: "fail-2-..." fails twice then succeeds, "fail-always-..." never succeeds.
 */
@ApplicationScoped
public class NoteConsumer {

    public static final String CONSUMER = "commons-test";

    /** The fields this consumer reads (tolerant reader: the rest is ignored). */
    public record Incoming(@NotBlank String text) {
    }

    final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

    @Inject
    Inbox inbox;

    @Inject
    EntityManager em;

    @org.eclipse.microprofile.reactive.messaging.Incoming("notes")
    @Blocking
    public CompletionStage<Void> onNote(Message<String> message) {
        return inbox.process(CONSUMER, message, this::apply);
    }

    private void apply(InboundEvent event) {
        String text = event.dataAs(Incoming.class).text();
        em.createNativeQuery("INSERT INTO note_effect (event_id, note_key, text) VALUES (?1, ?2, ?3)")
                .setParameter(1, event.id())
                .setParameter(2, event.key())
                .setParameter(3, text)
                .executeUpdate();
        int attempt = attempts.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet();
        if (text.startsWith("fail-always-") || (text.startsWith("fail-2-") && attempt <= 2)) {
            throw new IllegalStateException("simulated failure, attempt " + attempt);
        }
    }

    public int attemptsOf(String eventId) {
        AtomicInteger n = attempts.get(eventId);
        return n == null ? 0 : n.get();
    }
}
