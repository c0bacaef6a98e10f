package org.mentorcred.application.process.messaging.incoming;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** payment-service's {@code RefundIssued.v1}, the fields the process needs. */
public record RefundIssued(@NotNull UUID invoiceId, String invoiceNumber, @NotNull UUID applicationId,
        BigDecimal amount, String currency, boolean fullRefund, String reason) {
}
