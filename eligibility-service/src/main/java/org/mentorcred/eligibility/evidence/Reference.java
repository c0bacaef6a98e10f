package org.mentorcred.eligibility.evidence;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reference for an engagement: a letter (document), or the referee's contact details. */
@Schema(description = "A reference for an engagement")
public record Reference(
        @NotNull @Schema(examples = "LETTER") ReferenceKind kind,
        @Schema(nullable = true, examples = "maria.lopez@example.org") String refereeEmail,
        @Schema(nullable = true, description = "The letter or email, for a LETTER") UUID documentId,
        @Schema(description = "The referee agreed to be contacted, for a CONTACT") boolean consentToContact) {
}
