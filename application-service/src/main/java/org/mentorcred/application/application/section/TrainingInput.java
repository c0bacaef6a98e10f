package org.mentorcred.application.application.section;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorcred.application.evidence.CentreType;
import org.mentorcred.application.evidence.CourseLevel;
import org.mentorcred.application.evidence.TrainingEvidenceKind;
import org.mentorcred.application.evidence.TrainingMode;

@Schema(description = "A training the applicant completed, with its certificate or letter")
public record TrainingInput(
        @NotBlank @Size(max = 200) @Schema(examples = "Mentoring Academy") String centreName,
        @NotNull CentreType centreType,
        @NotBlank @Size(max = 300) @Schema(examples = "Foundations of Professional Mentoring") String programmeName,
        @Schema(description = "IPMA level, for IPMA courses") CourseLevel level,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("10000") @Digits(integer = 5, fraction = 2)
        @Schema(examples = "24") BigDecimal hours,
        @DecimalMin("0") @DecimalMax("365") @Digits(integer = 3, fraction = 1)
        @Schema(description = "Days in person (0 if absent)", examples = "3") BigDecimal inPersonDays,
        @NotNull TrainingMode mode,
        @NotNull @PastOrPresent LocalDate startDate,
        @NotNull @PastOrPresent LocalDate endDate,
        @NotBlank @Size(max = 200) @Schema(examples = "Dr Lena Fischer") String instructorName,
        @Email @Size(max = 320) @Schema(examples = "lena.fischer@example.org") String instructorEmail,
        @NotNull @Schema(description = "CERTIFICATE or LETTER (PARTNER_RECORD is only for partners' records)") TrainingEvidenceKind evidence,
        @NotNull @Schema(description = "The certificate or letter, uploaded to this application") UUID documentId) {
}
