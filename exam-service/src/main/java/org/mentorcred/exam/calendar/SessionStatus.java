package org.mentorcred.exam.calendar;

public enum SessionStatus {
    SCHEDULED, CANCELLED
}
