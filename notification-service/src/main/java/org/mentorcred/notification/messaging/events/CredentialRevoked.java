package org.mentorcred.notification.messaging.events;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** {@code org.mentorcred.application.CredentialRevoked.v1}. */
public record CredentialRevoked(
        @NotBlank String credentialNumber,
        @NotNull UUID applicationId,
        @NotNull @Valid Person holder,
        @NotBlank String reason,
        @NotNull Instant revokedAt) {
}
