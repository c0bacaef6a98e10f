package org.mentorcred.application.credential.messaging;

import java.time.Instant;
import java.util.UUID;

/** {@code events/schemas/CredentialRenewed.v1.schema.json}; {@code expiresAt} is null once permanent. */
public record CredentialRenewed(UUID credentialId, String credentialNumber, UUID applicationId, Holder holder,
        Instant previousExpiresAt, Instant expiresAt, Instant renewedAt) {
}
