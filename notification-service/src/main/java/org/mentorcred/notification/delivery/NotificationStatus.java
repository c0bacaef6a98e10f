package org.mentorcred.notification.delivery;

/** Where an email stands. */
public enum NotificationStatus {
    /** Caused by an event that names only the application, whose applicant is not known yet. */
    WAITING_FOR_RECIPIENT,
    /** Rendered and queued: to be sent at {@code nextAttemptAt} (again, if {@code attempts} > 0). */
    PENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** Every attempt failed; only a resend sends it again. */
    FAILED
}
