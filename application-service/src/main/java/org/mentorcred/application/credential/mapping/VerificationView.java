package org.mentorcred.application.credential.mapping;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorcred.application.credential.CredentialStatus;
import org.mentorcred.application.programme.ProgrammeCode;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What anyone may learn about a credential from its number: who holds what, whether it stands, and its dates. */
@Schema(description = "Public verification of a credential: holder, credential, status and dates, nothing else")
public record VerificationView(
        @Schema(examples = "MC-CPM-2026-000123") String credentialNumber,
        @Schema(examples = "Amara Okafor") String holderName,
        @Schema(description = "The programme held", examples = "IMC_CPM") ProgrammeCode programme,
        @Schema(examples = "Certified Professional Mentor") String programmeName,
        @Schema(description = "Level on the IPMA ladder (1 to 4); none for IMC_CPM", examples = "2") Integer level,
        @Schema(description = "Status now (an ACTIVE credential past its expiry is EXPIRED)") CredentialStatus status,
        // Named explicitly: Quarkus's reflection-free serializers (switched off in application.properties) also take
        // issuedAt() for an "is" getter of a property "suedAt".
        @JsonProperty("issuedAt") Instant issuedAt,
        @Schema(description = "Null when permanent") Instant expiresAt,
        boolean permanent) {
}
