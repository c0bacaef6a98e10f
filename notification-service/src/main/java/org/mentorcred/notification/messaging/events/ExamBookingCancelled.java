package org.mentorcred.notification.messaging.events;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** {@code org.mentorcred.exam.ExamBookingCancelled.v1}. */
public record ExamBookingCancelled(
        @NotNull UUID bookingId,
        @NotNull UUID applicationId,
        @NotBlank String level,
        @NotNull @Valid ExamSession session,
        /** CANDIDATE, SESSION_CANCELLED, APPLICATION_WITHDRAWN or RESCHEDULED. */
        @NotBlank String reason) {

    /** A cancellation that is half of a reschedule: the new booking's email tells the whole story. */
    public boolean partOfReschedule() {
        return "RESCHEDULED".equals(reason);
    }
}
