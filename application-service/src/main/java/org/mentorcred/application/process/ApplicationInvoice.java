package org.mentorcred.application.process;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An invoice payment-service announced (InvoiceIssued) for an application, of any purpose. */
@Entity
@Table(name = "application_invoice")
public class ApplicationInvoice {

    /** The application fee; other purposes (permanent status, ...) concern a credential, not the application. */
    public static final String ACCREDITATION = "ACCREDITATION";

    @Id
    @Column(name = "invoice_id")
    public UUID invoiceId;

    @Column(name = "application_id")
    public UUID applicationId;

    public String purpose;

    @Column(name = "invoice_number")
    public String invoiceNumber;

    public BigDecimal total;

    public String currency;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "payment_url")
    public String paymentUrl;

    @Column(name = "issued_at")
    public Instant issuedAt;

    @Column(name = "paid_at")
    public Instant paidAt;

    public boolean isApplicationFee() {
        return ACCREDITATION.equals(purpose);
    }
}
