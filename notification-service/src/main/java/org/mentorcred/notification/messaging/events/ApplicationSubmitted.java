package org.mentorcred.notification.messaging.events;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** {@code org.mentorcred.application.ApplicationSubmitted.v1}, as far as the receipt and the recipient projection need it. */
public record ApplicationSubmitted(
        @NotNull UUID applicationId,
        @NotBlank String programme,
        @NotNull Instant submittedAt,
        @NotNull @Valid Person applicant) {
}
