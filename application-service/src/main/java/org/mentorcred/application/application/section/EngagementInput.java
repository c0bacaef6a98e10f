package org.mentorcred.application.application.section;

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
import org.mentorcred.application.common.PersonName;
import org.mentorcred.application.evidence.EngagementKind;

@Schema(description = "A mentoring engagement")
public record EngagementInput(
        @NotBlank @PersonName @Schema(examples = "Jonas Berg", maxLength = 100) String menteeName,
        @Email @Size(max = 320) @Schema(examples = "jonas.berg@example.org") String menteeEmail,
        @NotNull EngagementKind kind,
        @NotNull @PastOrPresent LocalDate startDate,
        @PastOrPresent @Schema(description = "Required once completed") LocalDate endDate,
        @NotNull @DecimalMin("0") @DecimalMax("100000") @Digits(integer = 6, fraction = 2) @Schema(examples = "40") BigDecimal hours,
        @NotNull Boolean completed) {
}
