package org.mentorcred.notification.messaging.events;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** {@code org.mentorcred.application.CredentialExpiring.v1}: sent 90 and 30 days before expiry. */
public record CredentialExpiring(
        @NotBlank String credentialNumber,
        @NotNull UUID applicationId,
        @NotNull @Valid Person holder,
        @NotNull Instant expiresAt,
        int daysLeft,
        @NotBlank @Pattern(regexp = Links.HTTP_URL) String renewalUrl) {
}
