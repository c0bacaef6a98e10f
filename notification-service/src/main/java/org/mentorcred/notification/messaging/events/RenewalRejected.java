package org.mentorcred.notification.messaging.events;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** {@code org.mentorcred.application.RenewalRejected.v1}: a holder's renewal report was rejected. */
public record RenewalRejected(
        @NotBlank String credentialNumber,
        @NotNull UUID applicationId,
        @NotNull @Valid Person holder,
        @NotBlank String reason,
        /** Unchanged by the rejection; null for a credential that became permanent meanwhile. */
        Instant expiresAt,
        @NotNull Instant rejectedAt) {
}
