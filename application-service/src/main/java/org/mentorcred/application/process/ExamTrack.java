package org.mentorcred.application.process;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.mentorcred.application.evidence.CourseLevel;

/**
 * An IPMA application's exam: one authorisation for all its attempts (a retake re-announces the same id, so
 * exam-service updates it rather than holding two), the attempts used, the active booking, and after a failure
 * the day the retake may be authorised.
 */
@Entity
@Table(name = "application_exam")
public class ExamTrack {

    @Id
    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "authorization_id")
    public UUID authorizationId;

    @Enumerated(EnumType.STRING)
    public CourseLevel level;

    @Column(name = "attempts_allowed")
    public int attemptsAllowed;

    @Column(name = "attempts_used")
    public int attemptsUsed;

    @Column(name = "authorized_at")
    public Instant authorizedAt;

    @Column(name = "booking_id")
    public UUID bookingId;

    @Column(name = "session_starts_at")
    public Instant sessionStartsAt;

    @Column(name = "centre_name")
    public String centreName;

    @Column(name = "centre_city")
    public String centreCity;

    /** Set while a failed candidate waits for the retake; the retake job authorises it from this day. */
    @Column(name = "retake_allowed_from")
    public LocalDate retakeAllowedFrom;

    @Column(name = "last_weighted_score")
    public BigDecimal lastWeightedScore;

    @Column(name = "last_pass_mark")
    public BigDecimal lastPassMark;

    public void clearBooking() {
        bookingId = null;
        sessionStartsAt = null;
        centreName = null;
        centreCity = null;
    }
}
