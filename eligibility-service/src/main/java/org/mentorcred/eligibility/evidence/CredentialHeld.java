package org.mentorcred.eligibility.evidence;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A credential the applicant already holds")
public record CredentialHeld(
        @Schema(description = "Awarding body", examples = "ICF") String body,
        @Schema(examples = "Professional Certified Coach") String credential,
        boolean internationalBody,
        @Schema(nullable = true, description = "Proof of the credential") UUID documentId) {
}
