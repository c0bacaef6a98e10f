package org.mentorcred.application.application;

/** Whether an application has its training provider: only the fast track gets one assigned. */
public enum ProviderAssignment {
    NOT_REQUIRED,
    /** Submitted while no QTSP was active; the first QTSP an admin activates is assigned. */
    PENDING,
    ASSIGNED
}
