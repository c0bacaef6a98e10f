package org.mentorcred.application.application;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One status change of an application (when, who, from what, to what, and why), or a note of something that
 * happened without changing the status (then {@link #toStatus} is the status it was in). Never changed afterwards.
 */
@Entity
@Table(name = "application_timeline")
public class TimelineEntry {

    // A sequence, not IDENTITY: the row may be persisted before its application's insert is flushed.
    @Id
    @SequenceGenerator(name = "application_timeline_id", sequenceName = "application_timeline_id_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_timeline_id")
    public Long id;

    @Column(name = "application_id")
    public UUID applicationId;

    public Instant at;

    public String actor;

    @Column(name = "actor_role")
    public String actorRole;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public ApplicationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public ApplicationStatus toStatus;

    public String reason;

    @Enumerated(EnumType.STRING)
    public Kind kind = Kind.STATUS_CHANGE;

    /** The CloudEvents type of the event that caused it, if an event did. */
    @Column(name = "event_type")
    public String eventType;

    public enum Kind {
        STATUS_CHANGE, NOTE
    }
}
