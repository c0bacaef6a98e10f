package org.mentorcred.application.process.messaging.incoming;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** exam-service's {@code ExamBookingCancelled.v1}, the fields the process needs. */
public record ExamBookingCancelled(@NotNull UUID bookingId, @NotNull UUID applicationId, ExamSession session,
        String reason) {

    public static final String APPLICATION_WITHDRAWN = "APPLICATION_WITHDRAWN";
}
