package org.mentorcred.application.process.messaging.incoming;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** exam-service's {@code ExamBooked.v1}, the fields the process needs. */
public record ExamBooked(@NotNull UUID bookingId, @NotNull UUID applicationId, UUID authorizationId,
        @NotNull @Valid ExamSession session, int attemptNumber, UUID rescheduledFromSessionId) {
}
