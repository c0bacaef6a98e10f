package org.mentorcred.application.credential.messaging;

import java.time.Instant;
import java.util.UUID;

import org.mentorcred.application.programme.ProgrammeCode;

/** {@code events/schemas/CredentialIssued.v1.schema.json}. */
public record CredentialIssued(UUID credentialId, String credentialNumber, UUID applicationId, ProgrammeCode programme,
        ProgrammeCode awardedProgramme, Holder holder, Instant issuedAt, Instant expiresAt, String verificationUrl) {
}
