package org.mentorcred.application.evidence;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The applicant's highest relevant qualification")
public record EducationEvidence(
        EducationLevel level,
        @Schema(examples = "University of Example") String institution,
        @Schema(examples = "MSc Organisational Psychology") String qualification,
        LocalDate awardedOn,
        UUID documentId) {
}
