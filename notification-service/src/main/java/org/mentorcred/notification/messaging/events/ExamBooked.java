package org.mentorcred.notification.messaging.events;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** {@code org.mentorcred.exam.ExamBooked.v1}: a booking, or a rebooking when {@code rescheduledFromSessionId} is set. */
public record ExamBooked(
        @NotNull UUID bookingId,
        @NotNull UUID applicationId,
        @NotBlank String level,
        @NotNull @Valid ExamSession session,
        int attemptNumber,
        UUID rescheduledFromSessionId) {

    public boolean rescheduled() {
        return rescheduledFromSessionId != null;
    }
}
