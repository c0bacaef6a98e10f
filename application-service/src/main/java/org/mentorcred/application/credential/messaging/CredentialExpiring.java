package org.mentorcred.application.credential.messaging;

import java.time.Instant;
import java.util.UUID;

/** {@code events/schemas/CredentialExpiring.v1.schema.json}; {@code daysLeft} is the reminder's threshold. */
public record CredentialExpiring(UUID credentialId, String credentialNumber, UUID applicationId, Holder holder,
        Instant expiresAt, int daysLeft, String renewalUrl) {
}
