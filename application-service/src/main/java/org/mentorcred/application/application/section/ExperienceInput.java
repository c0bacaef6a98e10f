package org.mentorcred.application.application.section;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Professional experience (fast track)")
public record ExperienceInput(
        @NotNull @DecimalMin("0") @DecimalMax("80") @Digits(integer = 2, fraction = 1) @Schema(examples = "12") BigDecimal seniorManagementYears,
        @NotNull @Schema(description = "Head, principal, dean or president of an educational institution") Boolean headOfInstitution,
        @Min(0) @Max(10_000_000) @Schema(description = "People in that institution; required when head of one", examples = "1500") Integer institutionSize,
        @DecimalMin("0") @DecimalMax("80") @Digits(integer = 2, fraction = 1) @Schema(description = "Years of proven mentoring or coaching service (0 if absent)", examples = "4") BigDecimal mentoringCoachingYears,
        @Size(max = 20) @Schema(description = "Case records, uploaded to this application") List<@NotNull UUID> caseRecordDocumentIds) {
}
