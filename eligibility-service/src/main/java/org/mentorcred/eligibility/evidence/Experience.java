package org.mentorcred.eligibility.evidence;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Declared experience, for the fast track. */
@Schema(description = "Declared experience (fast track)")
public record Experience(
        @PositiveOrZero @Schema(nullable = true, examples = "12") BigDecimal seniorManagementYears,
        @Schema(description = "Head, principal, dean or president of an educational institution") boolean headOfInstitution,
        @PositiveOrZero @Schema(nullable = true, description = "People in that institution", examples = "2500") Integer institutionSize,
        @PositiveOrZero @Schema(nullable = true, examples = "3") BigDecimal mentoringCoachingYears,
        @Schema(description = "Documents with case records of that service") List<UUID> caseRecordDocumentIds) {

    public Experience {
        caseRecordDocumentIds = caseRecordDocumentIds == null ? List.of() : caseRecordDocumentIds;
    }
}
