package org.mentorcred.application.application.section;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorcred.application.evidence.SupervisionFocus;

@Schema(description = "The supervision declaration")
public record SupervisionInput(
        @NotBlank @Size(max = 200) @Schema(examples = "Helen Carter") String supervisorName,
        @NotBlank @Email @Size(max = 320) @Schema(examples = "helen.carter@example.org") String supervisorEmail,
        @NotBlank @Size(max = 500) @Schema(examples = "22 Example Road, Manchester M1 1AA, United Kingdom") String postalAddress,
        @NotNull SupervisionFocus focus) {
}
