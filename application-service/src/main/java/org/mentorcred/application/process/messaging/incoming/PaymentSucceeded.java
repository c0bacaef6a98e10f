package org.mentorcred.application.process.messaging.incoming;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** payment-service's {@code PaymentSucceeded.v1}, the fields the process needs. */
public record PaymentSucceeded(@NotNull UUID paymentId, @NotNull UUID invoiceId, String invoiceNumber,
        @NotNull UUID applicationId, @NotBlank String purpose, BigDecimal amount, String currency,
        @NotNull Instant paidAt) {
}
