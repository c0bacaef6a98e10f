package org.mentorcred.application.evidence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A training record: declared by the applicant, or a partner provider's verified completion record")
public record TrainingEvidence(
        @Schema(description = "Id of the training (or of the partner's completion record)") UUID trainingId,
        TrainingSource source,
        @Schema(description = "The partner provider, for PARTNER records") UUID providerId,
        @Schema(examples = "Mentoring Academy") String centreName,
        CentreType centreType,
        @Schema(examples = "Foundations of Professional Mentoring") String programmeName,
        CourseLevel level,
        @Schema(examples = "24.00") BigDecimal hours,
        @Schema(examples = "3") BigDecimal inPersonDays,
        TrainingMode mode,
        LocalDate startDate,
        LocalDate endDate,
        String instructorName,
        String instructorEmail,
        TrainingEvidenceKind evidence,
        @Schema(description = "The certificate or letter (a document of this application)") UUID documentId,
        @Schema(description = "A partner's completion record, or evidence a reviewer accepted") boolean verified) {
}
