package org.mentorcred.eligibility.evidence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A training record; it counts once it has ended by the application date (see the README for evidence). */
@Schema(description = "A mentoring training record")
public record Training(
        @NotNull @Schema(examples = "ACCREDITED") CentreType centreType,
        @Schema(nullable = true, description = "IPMA course level, when the course is one") TrainingLevel level,
        @NotNull @PositiveOrZero @DecimalMax("100000") @Schema(examples = "24") BigDecimal hours,
        @NotNull @Schema(examples = "2025-02-28") LocalDate endDate,
        @Schema(nullable = true, description = "Certificate or letter (with documentId), or a partner's completion record")
        TrainingEvidence evidence,
        @Schema(nullable = true) UUID documentId,
        @Schema(description = "A partner's completion record, or evidence a reviewer accepted") boolean verified) {
}
