package org.mentorcred.application.application;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an application stands in the journey. The allowed moves between these are listed in
 * {@link ApplicationStateMachine}, nowhere else.
 */
public enum ApplicationStatus {
    DRAFT,
    SUBMITTED,
    ELIGIBLE,
    INELIGIBLE,
    AWAITING_PAYMENT,
    PAID,
    AWAITING_TRAINING,
    EXAM_AUTHORIZED,
    EXAM_BOOKED,
    EXAM_PASSED,
    EXAM_FAILED,
    UNDER_REVIEW,
    APPROVED,
    REJECTED,
    WITHDRAWN;

    /**
     * Decided or withdrawn: nothing more happens to it, and the applicant may open another application for
     * the programme. The partial unique index {@code application_one_open_per_programme} lists the same set.
     */
    public static final Set<ApplicationStatus> CLOSED = EnumSet.of(APPROVED, REJECTED, INELIGIBLE, WITHDRAWN);

    public boolean isClosed() {
        return CLOSED.contains(this);
    }

    public boolean isOpen() {
        return !isClosed();
    }
}
