package org.mentorcred.payment.refund.rest;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorcred.payment.money.Money;
import org.mentorcred.payment.refund.Refund;

@Schema(name = "Refund", description = "Money given back on a payment")
public record RefundView(
        UUID id,
        UUID paymentId,
        UUID invoiceId,
        @Schema(examples = "50.00") String amount,
        @Schema(examples = "USD") String currency,
        @Schema(examples = "Duplicate exam fee") String reason,
        @Schema(description = "PENDING while the provider works, then SUCCEEDED or FAILED", examples = "SUCCEEDED") Refund.Status status,
        @Schema(description = "Issued by the service itself (withdrawal policy)") boolean automatic,
        String failureReason,
        Instant createdAt,
        Instant completedAt) {

    public static RefundView of(Refund refund) {
        return new RefundView(refund.id, refund.paymentId, refund.invoiceId, Money.format(refund.amount),
                refund.currency, refund.reason, refund.status, refund.automatic, refund.failureReason,
                refund.createdAt, refund.completedAt);
    }
}
