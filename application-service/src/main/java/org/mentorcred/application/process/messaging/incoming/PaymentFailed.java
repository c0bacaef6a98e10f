package org.mentorcred.application.process.messaging.incoming;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** payment-service's {@code PaymentFailed.v1}, the fields the process needs. */
public record PaymentFailed(@NotNull UUID invoiceId, String invoiceNumber, @NotNull UUID applicationId,
        BigDecimal amount, String currency, String reason) {
}
