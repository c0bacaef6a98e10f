package org.mentorcred.exam.booking;

/** Why a booking ended without an exam (the reason of ExamBookingCancelled). */
public enum CancelReason {
    /** The candidate cancelled it. */
    CANDIDATE,
    /** An admin cancelled the session. */
    SESSION_CANCELLED,
    /** The application was withdrawn. */
    APPLICATION_WITHDRAWN,
    /** The candidate moved to another session: a new booking (ExamBooked with rescheduledFromSessionId) replaces it. */
    RESCHEDULED
}
