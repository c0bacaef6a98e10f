package org.mentorcred.payment.payment.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorcred.payment.money.Money;
import org.mentorcred.payment.payment.Payment;
import org.mentorcred.payment.refund.Refund;
import org.mentorcred.payment.refund.rest.RefundView;

@Schema(name = "Payment", description = "A payment attempt on an invoice")
public record PaymentView(
        UUID id,
        UUID invoiceId,
        @Schema(examples = "SUCCEEDED") Payment.Status status,
        @Schema(examples = "170.00") String amount,
        @Schema(examples = "USD") String currency,
        @Schema(examples = "sandbox") String provider,
        @Schema(examples = "visa") String cardBrand,
        @Schema(examples = "4242") String cardLast4,
        @Schema(description = "Why it failed, in words for the payer") String failureReason,
        @Schema(examples = "insufficient_funds") String declineCode,
        @Schema(description = "While PENDING: await_confirmation (the card holder confirms; the outcome comes by "
                + "webhook) or processing (the provider's answer is awaited)") String nextAction,
        @Schema(examples = "0.00") String refundedAmount,
        Instant createdAt,
        Instant completedAt,
        List<RefundView> refunds) {

    public static final String AWAIT_CONFIRMATION = "await_confirmation";
    public static final String PROCESSING = "processing";

    public static PaymentView of(Payment payment, List<Refund> refunds) {
        return new PaymentView(payment.id, payment.invoiceId, payment.status, Money.format(payment.amount),
                payment.currency, payment.provider, payment.cardBrand, payment.cardLast4, payment.failureReason,
                payment.declineCode, nextAction(payment),
                Money.format(payment.refundedAmount), payment.createdAt, payment.completedAt,
                refunds.stream().map(RefundView::of).toList());
    }

    private static String nextAction(Payment payment) {
        if (payment.status != Payment.Status.PENDING) {
            return null;
        }
        return payment.providerPaymentId == null ? PROCESSING : AWAIT_CONFIRMATION;
    }
}
