package org.mentorcred.notification.messaging.events;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** {@code org.mentorcred.application.ApplicationWithdrawn.v1}. */
public record ApplicationWithdrawn(
        @NotNull UUID applicationId,
        @NotBlank String programme,
        @NotNull @Valid Person applicant,
        String reason,
        @NotNull Instant withdrawnAt) {
}
