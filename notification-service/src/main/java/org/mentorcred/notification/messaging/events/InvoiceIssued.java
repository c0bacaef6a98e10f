package org.mentorcred.notification.messaging.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** {@code org.mentorcred.payment.InvoiceIssued.v1}. */
public record InvoiceIssued(
        @NotNull UUID invoiceId,
        @NotBlank String invoiceNumber,
        @NotNull UUID applicationId,
        @NotBlank String purpose,
        String programme,
        String credentialNumber,
        @NotBlank String currency,
        @NotNull List<@Valid @NotNull Line> lines,
        @NotNull BigDecimal total,
        @NotNull LocalDate dueDate,
        @NotBlank @Pattern(regexp = Links.HTTP_URL) String paymentUrl) {

    public record Line(@NotBlank String description, @NotNull BigDecimal amount) {
    }

    public boolean permanentUpgrade() {
        return "PERMANENT_UPGRADE".equals(purpose);
    }
}
