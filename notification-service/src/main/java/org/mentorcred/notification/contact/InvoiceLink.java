package org.mentorcred.notification.contact;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Where an invoice is paid, kept from InvoiceIssued for the email about a failed payment. */
@Entity
@Table(name = "invoice_link")
public class InvoiceLink {

    @Id
    @Column(name = "invoice_id")
    public UUID invoiceId;

    @Column(name = "application_id")
    public UUID applicationId;

    @Column(name = "payment_url")
    public String paymentUrl;
}
