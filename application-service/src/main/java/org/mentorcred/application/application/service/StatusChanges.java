package org.mentorcred.application.application.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.mentorcred.application.application.Application;
import org.mentorcred.application.application.ApplicationAction;
import org.mentorcred.application.application.ApplicationStateMachine;
import org.mentorcred.application.application.ApplicationStatus;
import org.mentorcred.application.application.TimelineEntry;
import org.mentorcred.application.application.repository.TimelineRepository;
import org.mentorcred.application.common.Actor;

/**
 * Moves an application through {@link ApplicationStateMachine} and writes its timeline: every status change
 * and every note goes through here, in the caller's transaction.
 */
@ApplicationScoped
public class StatusChanges {

    @Inject
    TimelineRepository timeline;

    /**
     * Applies {@code action} (409 {@code illegal-transition} if the current status does not allow it), records
     * it and raises the application's version.
     *
     * @return the status it was in
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ApplicationStatus apply(Application app, ApplicationAction action, Actor actor, String reason, Instant at,
            String eventType) {
        ApplicationStatus previous = app.status;
        ApplicationStatus next = ApplicationStateMachine.next(previous, action);
        app.status = next;
        app.touch(at);
        record(app.id, previous, next, actor, reason, at, TimelineEntry.Kind.STATUS_CHANGE, eventType);
        return previous;
    }

    /** A timeline note: something happened that changes no status. Raises the version (the timeline is shown). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void note(Application app, Actor actor, String text, Instant at, String eventType) {
        app.touch(at);
        record(app.id, null, app.status, actor, text, at, TimelineEntry.Kind.NOTE, eventType);
    }

    /** The creation of an application, which has no previous status. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void created(Application app, Actor actor, String reason, Instant at) {
        record(app.id, null, app.status, actor, reason, at, TimelineEntry.Kind.STATUS_CHANGE, null);
    }

    private void record(java.util.UUID applicationId, ApplicationStatus from, ApplicationStatus to, Actor actor,
            String reason, Instant at, TimelineEntry.Kind kind, String eventType) {
        TimelineEntry entry = new TimelineEntry();
        entry.applicationId = applicationId;
        entry.at = at;
        entry.actor = actor.subject();
        entry.actorRole = actor.role();
        entry.fromStatus = from;
        entry.toStatus = to;
        entry.reason = reason == null ? null : truncate(reason, 4000);
        entry.kind = kind;
        entry.eventType = eventType;
        timeline.persist(entry);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
