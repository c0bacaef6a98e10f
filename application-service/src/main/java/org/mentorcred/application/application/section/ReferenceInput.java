package org.mentorcred.application.application.section;

import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorcred.application.common.PersonName;
import org.mentorcred.application.evidence.RefereeRole;
import org.mentorcred.application.evidence.ReferenceKind;

@Schema(description = "A LETTER (with its document) or the referee's CONTACT details, given with their consent to be contacted")
public record ReferenceInput(
        @NotNull ReferenceKind kind,
        @NotBlank @PersonName @Schema(examples = "Maria Lopez", maxLength = 100) String refereeName,
        @Email @Size(max = 320) @Schema(description = "Required for CONTACT", examples = "maria.lopez@example.org") String refereeEmail,
        @NotNull RefereeRole refereeRole,
        @Schema(description = "The letter, for LETTER; absent for CONTACT") UUID documentId,
        @NotNull @Schema(description = "The referee agreed to be contacted; required for CONTACT") Boolean consentToContact,
        @Schema(description = "Bound by a confidentiality agreement (default false)") Boolean confidential) {
}
