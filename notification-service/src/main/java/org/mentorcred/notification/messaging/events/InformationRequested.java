package org.mentorcred.notification.messaging.events;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** {@code org.mentorcred.application.InformationRequested.v1}: a reviewer asked the applicant a question. */
public record InformationRequested(
        @NotNull UUID applicationId,
        @NotNull UUID requestId,
        @NotBlank String programme,
        @NotNull @Valid Person applicant,
        @NotBlank String question,
        @NotNull Instant askedAt) {
}
