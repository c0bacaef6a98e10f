package org.mentorcred.application.credential.messaging;

import java.time.Instant;
import java.util.UUID;

/** {@code events/schemas/PermanentStatusRequested.v1.schema.json}: payment-service invoices it. */
public record PermanentStatusRequested(UUID credentialId, String credentialNumber, UUID applicationId, Holder holder,
        boolean member, Instant requestedAt) {
}
