package org.mentorcred.application.provider.completion;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorcred.application.evidence.CourseLevel;
import org.mentorcred.application.evidence.TrainingMode;

@Schema(description = "A learner's completed course, as the provider records it")
public record CompletionInput(
        @NotBlank @Size(max = 100) @Schema(description = "The provider's own id of the record: re-sending it updates the record", examples = "ENR-2025-00042") String providerRecordId,
        @NotBlank @Email @Size(max = 320) @Schema(description = "Matched, case-insensitively, to the applicant with this e-mail", examples = "amara.okafor@example.org") String learnerEmail,
        @NotBlank @Size(max = 200) @Schema(examples = "Amara Okafor") String learnerName,
        @NotBlank @Size(max = 300) @Schema(examples = "Senior Mentor Fast Track") String courseName,
        @Schema(description = "IPMA level, for IPMA courses") CourseLevel level,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("10000") @Digits(integer = 5, fraction = 2) @Schema(examples = "40") BigDecimal hours,
        @DecimalMin("0") @DecimalMax("365") @Digits(integer = 3, fraction = 1) @Schema(description = "Days in person (0 if absent)", examples = "5") BigDecimal inPersonDays,
        @NotNull TrainingMode mode,
        @NotNull @PastOrPresent LocalDate startDate,
        @NotNull @PastOrPresent LocalDate endDate,
        @NotBlank @Size(max = 200) @Schema(examples = "Sam Patel") String instructorName,
        @Email @Size(max = 320) @Schema(examples = "sam.patel@example.org") String instructorEmail) {
}
