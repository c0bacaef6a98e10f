package org.mentorcred.notification.messaging.events;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** {@code org.mentorcred.application.CredentialIssued.v1}. */
public record CredentialIssued(
        @NotBlank String credentialNumber,
        @NotNull UUID applicationId,
        @NotBlank String awardedProgramme,
        @NotNull @Valid Person holder,
        @NotNull Instant issuedAt,
        /** Null for a permanent credential. */
        Instant expiresAt,
        @NotBlank @Pattern(regexp = Links.HTTP_URL) String verificationUrl) {
}
