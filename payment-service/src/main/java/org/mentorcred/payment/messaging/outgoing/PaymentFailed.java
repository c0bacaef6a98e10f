package org.mentorcred.payment.messaging.outgoing;

import java.time.Instant;
import java.util.UUID;

/** payment-events: a payment attempt was declined or failed (schema: events/schemas/PaymentFailed.v1.schema.json). */
public record PaymentFailed(UUID paymentId, UUID invoiceId, String invoiceNumber, UUID applicationId, UUID applicantId,
        String amount, String currency, String provider, String reason, String declineCode, Instant failedAt) {
}
