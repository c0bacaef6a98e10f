package org.mentorcred.commons.testapp;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.mentorcred.commons.outbox.Outbox;

/** A business transaction that changes state and publishes the event it causes. */
@ApplicationScoped
public class NoteService {

    public static final String TOPIC = "commons-test-notes";
    public static final String NOTE_WRITTEN = "org.mentorcred.test.NoteWritten.v1";

    public record NoteWritten(UUID noteId, String key, String text, int sequence) {
    }

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Transactional
    public UUID write(String key, String text, int sequence, boolean failAfterPublishing) {
        Note note = new Note();
        note.id = UUID.randomUUID();
        note.text = text;
        em.persist(note);
        UUID eventId = outbox.publish(TOPIC, key, NOTE_WRITTEN, new NoteWritten(note.id, key, text, sequence));
        if (failAfterPublishing) {
            throw new IllegalStateException("business rule failed after the event was recorded");
        }
        return eventId;
    }
}
