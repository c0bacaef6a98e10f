package org.mentorcred.application.process.messaging.incoming;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** payment-service's {@code InvoiceIssued.v1}, the fields the process needs. */
public record InvoiceIssued(@NotNull UUID invoiceId, @NotBlank String invoiceNumber, @NotNull UUID applicationId,
        @NotBlank String purpose, @NotNull BigDecimal total, @NotBlank String currency, LocalDate dueDate,
        String paymentUrl, @NotNull Instant issuedAt) {
}
