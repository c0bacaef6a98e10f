package org.mentorcred.payment.messaging.outgoing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** payment-events: an invoice was issued (schema: events/schemas/InvoiceIssued.v1.schema.json). */
public record InvoiceIssued(UUID invoiceId, String invoiceNumber, UUID applicationId, UUID applicantId, String purpose,
        String programme, String credentialNumber, String currency, List<Line> lines, String total,
        int feeScheduleVersion, LocalDate dueDate, Instant issuedAt, String paymentUrl) {

    public record Line(String code, String description, String amount) {
    }
}
