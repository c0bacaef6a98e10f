package org.mentorcred.notification.messaging.events;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** {@code org.mentorcred.exam.ExamBookingMoved.v1}: an admin moved the session; the booking stands. */
public record ExamBookingMoved(
        @NotNull UUID bookingId,
        @NotNull UUID applicationId,
        @NotBlank String level,
        @NotNull @Valid Previous previous,
        @NotNull @Valid ExamSession session,
        /** Until when the candidate may choose another session or cancel free of charge; null in older events. */
        Instant changeableUntil) {

    public record Previous(@NotNull Instant startsAt, @NotBlank String centreName, String address, String city) {
    }
}
