package org.mentorcred.application.evidence;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A credential the applicant holds")
public record CredentialHeldEvidence(
        UUID credentialId,
        @Schema(description = "Awarding body", examples = "EMCC") String body,
        @Schema(examples = "Senior Practitioner") String credential,
        boolean internationalBody,
        LocalDate awardedOn,
        @Schema(description = "The proof (a document of this application)") UUID documentId) {
}
