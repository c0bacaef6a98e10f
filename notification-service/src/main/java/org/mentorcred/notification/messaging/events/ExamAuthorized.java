package org.mentorcred.notification.messaging.events;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** {@code org.mentorcred.application.ExamAuthorized.v1}: the candidate may book the exam of their level. */
public record ExamAuthorized(
        @NotNull UUID applicationId,
        @NotBlank String programme,
        @NotBlank String level,
        @NotNull @Valid Person candidate,
        int attemptsAllowed,
        int attemptsUsed,
        @NotNull Instant authorizedAt) {

    public int attemptsLeft() {
        return Math.max(0, attemptsAllowed - attemptsUsed);
    }
}
