package org.mentorcred.application.credential.messaging;

import java.time.Instant;
import java.util.UUID;

/** {@code events/schemas/CredentialSuspended.v1.schema.json}. */
public record CredentialSuspended(UUID credentialId, String credentialNumber, UUID applicationId, Holder holder,
        String reason, Instant suspendedAt) {
}
