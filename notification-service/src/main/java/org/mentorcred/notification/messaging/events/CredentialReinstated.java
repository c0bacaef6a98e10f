package org.mentorcred.notification.messaging.events;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * {@code org.mentorcred.application.CredentialReinstated.v1}: a suspension was lifted; the credential is ACTIVE again,
 * or EXPIRED if its validity ran out while it was suspended.
 */
public record CredentialReinstated(
        @NotBlank String credentialNumber,
        @NotNull UUID applicationId,
        @NotNull @Valid Person holder,
        String reason,
        @NotBlank String status,
        @NotNull Instant reinstatedAt) {

    public boolean active() {
        return "ACTIVE".equals(status);
    }
}
