package org.mentorcred.application.application.section;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A credential the applicant holds")
public record CredentialHeldInput(
        @NotBlank @Size(max = 100) @Schema(description = "Awarding body", examples = "EMCC") String body,
        @NotBlank @Size(max = 200) @Schema(examples = "Senior Practitioner") String credential,
        @NotNull @Schema(description = "An international accreditation body (IPMA, EMCC, ICF, ...)") Boolean internationalBody,
        @NotNull @PastOrPresent LocalDate awardedOn,
        @Schema(description = "The proof, uploaded to this application") UUID documentId) {
}
