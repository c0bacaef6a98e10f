package org.mentorcred.eligibility.evidence;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A mentoring engagement; only a completed one, ended by the application date, counts for anything. */
@Schema(description = "A mentoring engagement")
public record Engagement(
        @NotNull @Schema(examples = "2023-01-09") LocalDate startDate,
        @Schema(nullable = true, examples = "2023-12-15") LocalDate endDate,
        @NotNull @Schema(examples = "true") Boolean completed,
        @NotNull @PositiveOrZero @DecimalMax("100000") @Schema(description = "Mentoring service hours", examples = "40") BigDecimal hours,
        @Valid @Schema(nullable = true) Reference reference) {

    @JsonIgnore
    @AssertTrue(message = "endDate must not be before startDate")
    public boolean isDatesInOrder() {
        return endDate == null || startDate == null || !endDate.isBefore(startDate);
    }
}
