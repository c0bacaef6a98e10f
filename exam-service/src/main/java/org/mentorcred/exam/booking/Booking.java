package org.mentorcred.exam.booking;

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

/** A candidate's seat at a session, booked with one authorisation. */
@Entity
@Table(name = "booking")
public class Booking extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "authorization_id")
    public UUID authorizationId;

    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "candidate_id")
    public UUID candidateId;

    /** The candidate's token subject: the owner of the booking. */
    public String subject;

    @Enumerated(EnumType.STRING)
    public Level level;

    @Column(name = "session_id")
    public UUID sessionId;

    @Column(name = "attempt_number")
    public int attemptNumber;

    @Enumerated(EnumType.STRING)
    public BookingStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "cancel_reason")
    public CancelReason cancelReason;

    @Column(name = "rescheduled_from_booking_id")
    public UUID rescheduledFromBookingId;

    @Column(name = "rescheduled_from_session_id")
    public UUID rescheduledFromSessionId;

    @Column(name = "booked_at")
    public Instant bookedAt;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    /**
     * Until when the candidate may reschedule or cancel when that is later than the session's usual cut-off: set
     * when the body moved the session (a fresh window); null otherwise.
     */
    @Column(name = "changeable_until")
    public Instant changeableUntil;

    @Version
    public int version;

    public void cancel(CancelReason reason, Instant at) {
        status = BookingStatus.CANCELLED;
        cancelReason = reason;
        cancelledAt = at;
    }
}
