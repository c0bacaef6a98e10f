package org.mentorcred.payment.invoice.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorcred.payment.fee.Programme;
import org.mentorcred.payment.fee.rest.LineView;
import org.mentorcred.payment.invoice.Invoice;
import org.mentorcred.payment.refund.rest.RefundView;

@Schema(name = "Receipt", description = "Proof of payment of an invoice, with any refunds since")
public record ReceiptView(
        @Schema(description = "The invoice number the payment settled", examples = "INV-2026-000123") String invoiceNumber,
        UUID invoiceId,
        UUID applicationId,
        Payer payer,
        @Schema(examples = "ACCREDITATION") Invoice.Purpose purpose,
        @Schema(examples = "IPMA_PM") Programme programme,
        String credentialNumber,
        @Schema(examples = "USD") String currency,
        List<LineView> lines,
        @Schema(examples = "170.00") String total,
        PaymentSummary payment,
        List<RefundView> refunds,
        @Schema(examples = "0.00") String refundedTotal,
        @Schema(description = "Paid minus refunded", examples = "170.00") String netPaid,
        @Schema(examples = "PAID") Invoice.Status invoiceStatus) {

    @Schema(name = "ReceiptPayer")
    public record Payer(UUID applicantId, @Schema(examples = "Amara Okafor") String name,
            @Schema(examples = "amara.okafor@example.org") String email) {
    }

    @Schema(name = "ReceiptPayment")
    public record PaymentSummary(UUID paymentId, @Schema(examples = "sandbox") String provider,
            @Schema(examples = "visa") String cardBrand, @Schema(examples = "4242") String cardLast4,
            @Schema(examples = "170.00") String amount, Instant paidAt) {
    }
}
