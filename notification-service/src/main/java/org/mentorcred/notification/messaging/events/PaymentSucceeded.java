package org.mentorcred.notification.messaging.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** {@code org.mentorcred.payment.PaymentSucceeded.v1}. */
public record PaymentSucceeded(
        @NotBlank String invoiceNumber,
        @NotNull UUID applicationId,
        @NotBlank String purpose,
        String credentialNumber,
        @NotNull BigDecimal amount,
        @NotBlank String currency,
        @NotNull Instant paidAt,
        @NotBlank @Pattern(regexp = Links.HTTP_URL) String receiptUrl) {

    public boolean permanentUpgrade() {
        return "PERMANENT_UPGRADE".equals(purpose);
    }
}
