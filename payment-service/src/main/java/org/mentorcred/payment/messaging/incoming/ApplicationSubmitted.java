package org.mentorcred.payment.messaging.incoming;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.mentorcred.payment.fee.Programme;

/** The fields of application-service's ApplicationSubmitted this service reads (the evidence is not ours). */
public record ApplicationSubmitted(
        @NotNull UUID applicationId,
        @NotNull Programme programme,
        @NotNull Instant submittedAt,
        @NotNull @Valid Applicant applicant) {

    public record Applicant(
            @NotNull UUID applicantId,
            @NotBlank String name,
            @NotBlank String email,
            String preferredLanguage,
            @NotBlank String subject,
            @NotNull Boolean member) {
    }
}
