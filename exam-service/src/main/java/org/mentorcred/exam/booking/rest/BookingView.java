package org.mentorcred.exam.booking.rest;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorcred.exam.booking.Booking;
import org.mentorcred.exam.booking.BookingStatus;
import org.mentorcred.exam.booking.CancelReason;
import org.mentorcred.exam.calendar.rest.SessionView;
import org.mentorcred.exam.common.Level;

@Schema(description = "A booking: a candidate's seat at a session")
public record BookingView(
        UUID id,
        UUID authorizationId,
        UUID applicationId,
        @Schema(description = "The applicant's id in application-service") UUID candidateId,
        Level level,
        BookingStatus status,
        @Schema(description = "Which attempt at the exam this is", examples = "1") int attemptNumber,
        SessionView session,
        Instant bookedAt,
        @Schema(description = "Until when the candidate may move or cancel it: the session's cut-off, or later if the "
                + "body moved the session (a fresh window, never past its start)", examples = "2027-03-13T09:00:00Z")
        Instant changeableUntil,
        @Schema(nullable = true) Instant cancelledAt,
        @Schema(nullable = true) CancelReason cancelReason,
        @Schema(description = "The booking this one replaced (reschedule)", nullable = true) UUID rescheduledFromBookingId,
        @Schema(description = "The session this one replaced (reschedule)", nullable = true) UUID rescheduledFromSessionId) {

    public static BookingView of(Booking b, SessionView session, Instant changeableUntil) {
        return new BookingView(b.id, b.authorizationId, b.applicationId, b.candidateId, b.level, b.status,
                b.attemptNumber, session, b.bookedAt, changeableUntil, b.cancelledAt, b.cancelReason,
                b.rescheduledFromBookingId, b.rescheduledFromSessionId);
    }
}
