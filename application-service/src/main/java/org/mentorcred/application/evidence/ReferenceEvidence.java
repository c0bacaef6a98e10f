package org.mentorcred.application.evidence;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A reference for an engagement: a letter (document), or the referee's contact details")
public record ReferenceEvidence(
        UUID referenceId,
        ReferenceKind kind,
        String refereeName,
        String refereeEmail,
        RefereeRole refereeRole,
        @Schema(description = "The letter, for LETTER references") UUID documentId,
        @Schema(description = "The referee agreed to be contacted to verify") boolean consentToContact,
        @Schema(description = "Bound by a confidentiality agreement") boolean confidential) {
}
