package org.mentorcred.application.evidence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A mentoring engagement and its reference, if any")
public record EngagementEvidence(
        UUID engagementId,
        @Schema(examples = "Jonas Berg") String menteeName,
        String menteeEmail,
        EngagementKind kind,
        LocalDate startDate,
        @Schema(description = "Null while the engagement goes on") LocalDate endDate,
        boolean completed,
        @Schema(examples = "40.00") BigDecimal hours,
        ReferenceEvidence reference) {
}
