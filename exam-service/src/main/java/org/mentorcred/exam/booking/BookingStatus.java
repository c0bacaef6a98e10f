package org.mentorcred.exam.booking;

public enum BookingStatus {
    /** Holds a seat. */
    BOOKED,
    CANCELLED,
    /** The exam was sat: its result is recorded. */
    SAT,
    /**
     * The candidate did not come: no result was recorded within {@code mentorcred.exam.no-show.after} of the
     * session's start. It counts as a failed attempt; retakes follow the usual rules.
     */
    NO_SHOW
}
