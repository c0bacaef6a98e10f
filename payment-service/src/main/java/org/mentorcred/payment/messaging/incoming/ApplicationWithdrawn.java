package org.mentorcred.payment.messaging.incoming;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** The fields of application-service's ApplicationWithdrawn this service reads. */
public record ApplicationWithdrawn(
        @NotNull UUID applicationId,
        String reason,
        @NotNull Instant withdrawnAt) {
}
