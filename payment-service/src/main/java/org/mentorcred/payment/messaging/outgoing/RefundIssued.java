package org.mentorcred.payment.messaging.outgoing;

import java.time.Instant;
import java.util.UUID;

/** payment-events: a payment was refunded in full or in part (schema: events/schemas/RefundIssued.v1.schema.json). */
public record RefundIssued(UUID refundId, UUID paymentId, UUID invoiceId, String invoiceNumber, UUID applicationId,
        UUID applicantId, String amount, String currency, boolean fullRefund, String reason, Instant refundedAt) {
}
