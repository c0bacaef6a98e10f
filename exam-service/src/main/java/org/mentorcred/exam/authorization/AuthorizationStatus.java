package org.mentorcred.exam.authorization;

public enum AuthorizationStatus {
    /** The candidate may book (within the attempt and retake rules). */
    ACTIVE,
    /** The application was withdrawn: no more bookings. */
    REVOKED
}
