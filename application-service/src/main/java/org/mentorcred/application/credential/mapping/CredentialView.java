package org.mentorcred.application.credential.mapping;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorcred.application.credential.CredentialStatus;
import org.mentorcred.application.programme.ProgrammeCode;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A credential as its holder and staff see it. */
@Schema(description = "A credential with its validity, status, renewal and permanent status, and its history")
public record CredentialView(
        UUID id,
        @Schema(examples = "MC-CPM-2026-000123") String number,
        UUID applicationId,
        UUID applicantId,
        @Schema(description = "Subject of the holder's bearer token", examples = "amara") String holderSubject,
        @Schema(description = "The name the credential was awarded to", examples = "Amara Okafor") String holderName,
        @Schema(description = "The programme applied for", examples = "IMC_CPM") ProgrammeCode programme,
        @Schema(description = "The programme held (the fast track awards IPMA_SM)", examples = "IMC_CPM") ProgrammeCode awardedProgramme,
        @Schema(examples = "Certified Professional Mentor") String programmeName,
        @Schema(examples = "2") Integer level,
        @Schema(description = "Status now (an ACTIVE credential past its expiry is EXPIRED)") CredentialStatus status,
        @Schema(description = "Why it was last suspended, reinstated, revoked or expired") String statusReason,
        Instant statusChangedAt,
        // Named explicitly: Quarkus's reflection-free serializers (switched off in application.properties) also take
        // issuedAt() for an "is" getter of a property "suedAt".
        @JsonProperty("issuedAt") Instant issuedAt,
        @Schema(description = "Start of the current validity period; renewal evidence counts from here") Instant periodStart,
        @Schema(description = "Null when permanent") Instant expiresAt,
        boolean permanent,
        Instant permanentSince,
        @Schema(description = "NONE, PENDING_PAYMENT (asked for, invoiced by payment-service) or PERMANENT") String permanentStatus,
        @Schema(description = "The holder lets the public registry list it (members' active credentials only)") boolean registryListed,
        @Schema(description = "From when a renewal may be submitted; null when permanent") Instant renewalOpensAt,
        @Schema(description = "The renewal waiting for a decision, if any") UUID pendingRenewalId,
        String verificationUrl,
        String badgeUrl,
        @Schema(description = "Also sent as the ETag", examples = "0") long version,
        List<HistoryView> history) {
}
