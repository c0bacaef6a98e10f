package org.mentorcred.notification.messaging.events;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** {@code org.mentorcred.application.CredentialRenewed.v1}. */
public record CredentialRenewed(
        @NotBlank String credentialNumber,
        @NotNull UUID applicationId,
        @NotNull @Valid Person holder,
        Instant previousExpiresAt,
        /** Null once permanent. */
        Instant expiresAt,
        @NotNull Instant renewedAt) {
}
