package org.mentorcred.application.application.section;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorcred.application.evidence.EducationLevel;

@Schema(description = "The applicant's highest relevant qualification")
public record EducationInput(
        @NotNull EducationLevel level,
        @NotBlank @Size(max = 200) @Schema(examples = "University of Example") String institution,
        @NotBlank @Size(max = 200) @Schema(examples = "MSc Organisational Psychology") String qualification,
        @PastOrPresent LocalDate awardedOn,
        @Schema(description = "The diploma, uploaded to this application") UUID documentId) {
}
