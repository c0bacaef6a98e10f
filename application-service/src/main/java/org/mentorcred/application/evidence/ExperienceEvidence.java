package org.mentorcred.application.evidence;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Professional experience (fast track)")
public record ExperienceEvidence(
        @Schema(examples = "12") BigDecimal seniorManagementYears,
        @Schema(description = "Head, principal, dean or president of an educational institution") boolean headOfInstitution,
        @Schema(description = "People in that institution", examples = "1500") Integer institutionSize,
        @Schema(description = "Years of proven mentoring or coaching service", examples = "4") BigDecimal mentoringCoachingYears,
        @Schema(description = "Case records (documents of this application)") List<UUID> caseRecordDocumentIds) {
}
