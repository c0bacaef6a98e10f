package org.mentorcred.application.evidence;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Significant contribution to the profession (Master Mentor), judged by a reviewer")
public record ContributionEvidence(String statement, @Schema(description = "Evidence documents of this application") List<UUID> documentIds) {
}
