package org.mentorcred.exam.authorization.messaging;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.mentorcred.exam.common.Level;

/**
 * Our reading of the application-service events we consume (their schemas are in application-service's
 * {@code src/main/resources/events/}): only the fields exam-service needs; the rest is ignored.
 */
public final class ApplicationEvents {

    public static final String EXAM_AUTHORIZED = "org.mentorcred.application.ExamAuthorized.v1";
    public static final String APPLICATION_WITHDRAWN = "org.mentorcred.application.ApplicationWithdrawn.v1";
    public static final String APPLICANT_ERASED = "org.mentorcred.application.ApplicantErased.v1";

    private ApplicationEvents() {
    }

    public record ExamAuthorized(
            @NotNull UUID applicationId,
            @NotNull UUID authorizationId,
            @NotBlank String programme,
            @NotNull Level level,
            @NotNull @Valid Candidate candidate,
            @Min(1) int attemptsAllowed,
            @Min(0) int attemptsUsed,
            @NotNull Instant authorizedAt) {
    }

    public record Candidate(
            @NotNull UUID applicantId,
            @NotBlank String name,
            @NotBlank String email,
            String preferredLanguage,
            @NotBlank String subject,
            String country,
            String city,
            BigDecimal latitude,
            BigDecimal longitude) {
    }

    public record ApplicationWithdrawn(@NotNull UUID applicationId) {
    }

    /** The applicant asked to be erased: anonymise what this service holds about them for the application. */
    public record ApplicantErased(@NotNull UUID applicationId, @NotNull UUID applicantId) {
    }
}
