package org.mentorcred.exam.authorization.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorcred.exam.authorization.AuthorizationStatus;
import org.mentorcred.exam.authorization.ExamAuthorization;
import org.mentorcred.exam.common.Decimals;
import org.mentorcred.exam.common.Level;
import org.mentorcred.exam.result.service.AttemptStatus;

@Schema(description = "An authorisation to sit the exam of one level, and where the candidate stands with it")
public record AuthorizationView(
        UUID id,
        UUID applicationId,
        @Schema(examples = "IPMA_PM") String programme,
        @Schema(examples = "PM") Level level,
        @Schema(description = "The applicant's id in application-service") UUID candidateId,
        @Schema(examples = "Amara Okafor") String candidateName,
        @Schema(description = "The candidate's location, to look for the nearest centres", examples = "GB",
                nullable = true) String country,
        @Schema(examples = "London", nullable = true) String city,
        @Schema(examples = "51.5072", nullable = true) BigDecimal latitude,
        @Schema(examples = "-0.1276", nullable = true) BigDecimal longitude,
        AuthorizationStatus status,
        @Schema(examples = "3") int attemptsAllowed,
        @Schema(examples = "0") int attemptsUsed,
        @Schema(examples = "3") int attemptsRemaining,
        boolean passed,
        @Schema(description = "After a failed attempt: first day a new booking is possible", nullable = true)
        LocalDate retakeAllowedFrom,
        @Schema(description = "The booking holding a seat now", nullable = true) UUID activeBookingId,
        Instant authorizedAt,
        @Schema(nullable = true) Instant revokedAt) {

    public static AuthorizationView of(ExamAuthorization a, AttemptStatus attempts, UUID activeBookingId) {
        return new AuthorizationView(a.id, a.applicationId, a.programme, a.level, a.candidateId, a.candidateName,
                a.country, a.city, Decimals.trimmed(a.latitude, 0), Decimals.trimmed(a.longitude, 0), a.status,
                attempts.allowed(), attempts.used(), attempts.remaining(), attempts.passed(),
                attempts.retakeAllowedFrom(), activeBookingId, a.authorizedAt, a.revokedAt);
    }
}
