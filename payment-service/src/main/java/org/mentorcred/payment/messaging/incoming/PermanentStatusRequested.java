package org.mentorcred.payment.messaging.incoming;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** The fields of application-service's PermanentStatusRequested this service reads. */
public record PermanentStatusRequested(
        @NotNull UUID credentialId,
        @NotBlank String credentialNumber,
        @NotNull UUID applicationId,
        @NotNull @Valid Holder holder,
        @NotNull Boolean member,
        @NotNull Instant requestedAt) {

    public record Holder(@NotNull UUID applicantId) {
    }
}
