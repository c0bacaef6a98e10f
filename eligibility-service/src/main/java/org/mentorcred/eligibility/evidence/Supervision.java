package org.mentorcred.eligibility.evidence;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The supervisor an applicant declares; complete when every field is given. */
@Schema(description = "Supervision declaration")
public record Supervision(
        @Schema(examples = "Helen Carter") String supervisorName,
        @Schema(examples = "helen.carter@example.org") String supervisorEmail,
        @Schema(examples = "22 Example Road, Manchester M1 1AA, United Kingdom") String postalAddress,
        @Schema(examples = "BOTH") SupervisionFocus focus) {
}
