package org.mentorcred.exam.calendar;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.mentorcred.exam.common.Level;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An exam sitting at a centre: for one level, or (level null) for candidates of every level. */
@Entity
@Table(name = "exam_session")
public class ExamSession extends PanacheEntityBase {

    public enum Origin {
        /** Generated from the quarterly calendar template. */
        TEMPLATE,
        /** Added by an admin. */
        MANUAL
    }

    @Id
    public UUID id;

    @Column(name = "centre_id")
    public UUID centreId;

    /** Null: open to every level. */
    @Enumerated(EnumType.STRING)
    public Level level;

    @Column(name = "starts_at")
    public Instant startsAt;

    public int seats;

    /**
     * Never written from this entity: only the conditional UPDATEs of {@code SessionRepository} change it, so an
     * admin's edit of the session can never overwrite a seat count with a stale one.
     */
    @Column(name = "seats_taken", insertable = true, updatable = false)
    public int seatsTaken;

    @Enumerated(EnumType.STRING)
    public SessionStatus status;

    @Enumerated(EnumType.STRING)
    public Origin origin;

    @Column(name = "template_centre_id")
    public UUID templateCentreId;

    @Column(name = "template_starts_at")
    public Instant templateStartsAt;

    @Column(name = "cancellation_reason")
    public String cancellationReason;

    @Version
    public int version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public boolean admits(Level candidateLevel) {
        return level == null || level == candidateLevel;
    }

    public int seatsLeft() {
        return seats - seatsTaken;
    }
}
