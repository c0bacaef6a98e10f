package org.mentorcred.notification.messaging.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** {@code org.mentorcred.payment.PaymentFailed.v1}. */
public record PaymentFailed(
        @NotNull UUID invoiceId,
        @NotBlank String invoiceNumber,
        @NotNull UUID applicationId,
        @NotNull BigDecimal amount,
        @NotBlank String currency,
        /** Why, in words the payer understands. */
        @NotBlank String reason,
        @NotNull Instant failedAt) {
}
