package org.mentorcred.application.credential.mapping;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorcred.application.programme.ProgrammeCode;

import com.fasterxml.jackson.annotation.JsonProperty;

@Schema(description = "A listed credential in the public registry")
public record RegistryEntry(
        @Schema(examples = "MC-CPM-2026-000123") String credentialNumber,
        @Schema(examples = "Amara Okafor") String holderName,
        @Schema(examples = "IMC_CPM") ProgrammeCode programme,
        @Schema(examples = "Certified Professional Mentor") String programmeName,
        @Schema(examples = "2") Integer level,
        // Named explicitly: Quarkus's reflection-free serializers (switched off in application.properties) also take
        // issuedAt() for an "is" getter of a property "suedAt".
        @JsonProperty("issuedAt") Instant issuedAt,
        @Schema(description = "Null when permanent") Instant expiresAt) {
}
