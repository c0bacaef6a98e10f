package org.mentorcred.payment.messaging.outgoing;

import java.time.Instant;
import java.util.UUID;

/** payment-events: an invoice was paid in full (schema: events/schemas/PaymentSucceeded.v1.schema.json). */
public record PaymentSucceeded(UUID paymentId, UUID invoiceId, String invoiceNumber, UUID applicationId,
        UUID applicantId, String purpose, String credentialNumber, String amount, String currency, String provider,
        Instant paidAt, String receiptUrl) {
}
