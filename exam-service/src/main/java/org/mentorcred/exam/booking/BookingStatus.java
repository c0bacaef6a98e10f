package org.mentorcred.exam.booking;

public enum BookingStatus {
    /** Holds a seat. */
    BOOKED,
    CANCELLED,
    /** The exam was sat: its result is recorded. */
    SAT
}
