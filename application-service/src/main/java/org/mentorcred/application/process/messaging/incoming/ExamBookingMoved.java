package org.mentorcred.application.process.messaging.incoming;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** exam-service's {@code ExamBookingMoved.v1}: an admin moved the booked session. */
public record ExamBookingMoved(@NotNull UUID bookingId, @NotNull UUID applicationId, Previous previous,
        @NotNull ExamSession session) {

    public record Previous(Instant startsAt, String centreName, String city) {
    }
}
