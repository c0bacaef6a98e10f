package org.mentorcred.payment.invoice.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorcred.payment.fee.Programme;
import org.mentorcred.payment.fee.rest.LineView;
import org.mentorcred.payment.invoice.Invoice;
import org.mentorcred.payment.money.Money;

@Schema(name = "Invoice", description = "An invoice: what is owed for an application, and where it stands")
public record InvoiceView(
        UUID id,
        @Schema(examples = "INV-2026-000123") String number,
        UUID applicationId,
        UUID applicantId,
        @Schema(examples = "ACCREDITATION") Invoice.Purpose purpose,
        @Schema(examples = "IPMA_PM") Programme programme,
        @Schema(description = "For a permanent-status upgrade", examples = "MC-IPMA-PM-2027-000007") String credentialNumber,
        @Schema(examples = "true") boolean member,
        @Schema(examples = "USD") String currency,
        List<LineView> lines,
        @Schema(examples = "170.00") String total,
        @Schema(examples = "1") int feeScheduleVersion,
        @Schema(examples = "OPEN") Invoice.Status status,
        Instant issuedAt,
        LocalDate dueDate,
        Instant paidAt,
        Instant voidedAt,
        String voidReason,
        Instant refundedAt) {

    public static InvoiceView of(Invoice invoice) {
        return new InvoiceView(invoice.id, invoice.number, invoice.applicationId, invoice.applicantId, invoice.purpose,
                invoice.programme, invoice.credentialNumber, invoice.member, invoice.currency,
                invoice.lines.stream().map(l -> new LineView(l.code, l.description, Money.format(l.amount))).toList(),
                Money.format(invoice.total), invoice.feeScheduleVersion, invoice.status, invoice.issuedAt,
                invoice.dueDate, invoice.paidAt, invoice.voidedAt, invoice.voidReason, invoice.refundedAt);
    }
}
