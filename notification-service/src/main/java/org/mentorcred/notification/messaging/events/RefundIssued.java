package org.mentorcred.notification.messaging.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** {@code org.mentorcred.payment.RefundIssued.v1}. */
public record RefundIssued(
        @NotBlank String invoiceNumber,
        @NotNull UUID applicationId,
        @NotNull BigDecimal amount,
        @NotBlank String currency,
        boolean fullRefund,
        String reason,
        @NotNull Instant refundedAt) {
}
