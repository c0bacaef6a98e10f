package org.mentorcred.application.credential.messaging;

import java.time.Instant;
import java.util.UUID;

/** {@code events/schemas/RenewalRejected.v1.schema.json}. */
public record RenewalRejected(UUID credentialId, String credentialNumber, UUID applicationId, Holder holder,
        UUID renewalId, String reason, Instant expiresAt, Instant rejectedAt) {
}
