package org.mentorcred.application.evidence;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The supervision declaration")
public record SupervisionEvidence(
        @Schema(examples = "Helen Carter") String supervisorName,
        @Schema(examples = "helen.carter@example.org") String supervisorEmail,
        @Schema(examples = "22 Example Road, Manchester M1 1AA, United Kingdom") String postalAddress,
        SupervisionFocus focus) {
}
