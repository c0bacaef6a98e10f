package org.mentorcred.eligibility.decision.messaging;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.mentorcred.eligibility.evidence.EducationLevel;
import org.mentorcred.eligibility.evidence.Evidence;
import org.mentorcred.eligibility.rules.Programme;

/**
 * application-service's {@code ApplicationSubmitted.v1}, as this service reads it: only the fields a decision
 * needs (a tolerant reader; the producer's schema is the contract).
 */
public record ApplicationSubmitted(
        @NotNull UUID applicationId,
        @NotNull Programme programme,
        @NotNull Instant submittedAt,
        @NotNull @Valid Applicant applicant,
        @NotNull @Valid Evidence evidence) {

    public record Applicant(
            @NotNull UUID applicantId,
            @NotBlank String subject,
            @NotNull EducationLevel highestEducation) {
    }
}
