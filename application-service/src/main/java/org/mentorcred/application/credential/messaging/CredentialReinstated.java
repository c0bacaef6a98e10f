package org.mentorcred.application.credential.messaging;

import java.time.Instant;
import java.util.UUID;

/** {@code events/schemas/CredentialReinstated.v1.schema.json}. */
public record CredentialReinstated(UUID credentialId, String credentialNumber, UUID applicationId, Holder holder,
        String reason, String status, Instant reinstatedAt) {
}
