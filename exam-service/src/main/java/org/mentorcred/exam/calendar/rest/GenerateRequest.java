package org.mentorcred.exam.calendar.rest;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorcred.exam.common.Level;

@Schema(description = "Generate a year of sessions from the calendar template")
public record GenerateRequest(
        @Schema(examples = "2027") @NotNull @Min(2000) @Max(2100) Integer year,
        @Schema(description = "Centres to generate for; omitted or empty: every active centre")
        @Size(max = 1000) List<@NotNull UUID> centreIds,
        @Schema(description = "One session per listed level; omitted or empty: one session open to every level",
                examples = "[\"AM\",\"PM\"]") List<@NotNull Level> levels) {
}
