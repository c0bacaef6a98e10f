package org.mentorcred.payment.invoice.service;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.mentorcred.payment.config.PaymentConfig;
import org.mentorcred.payment.fee.FeeLine;
import org.mentorcred.payment.fee.FeeTable;
import org.mentorcred.payment.fee.Programme;
import org.mentorcred.payment.invoice.Invoice;
import org.mentorcred.payment.invoice.repository.InvoiceRepository;
import org.mentorcred.payment.messaging.PaymentEvents;

/**
 * Issues invoices: at most one per application and purpose, numbered INV-YYYY-NNNNNN without gaps.
 *
 * <p>The year's counter row is incremented in the invoice's own transaction. Its row lock is held until
 * commit, which serialises numbering across instances, and a rollback undoes the increment, so a number is
 * used exactly when its invoice exists. Taking that lock first also serialises the "does this application
 * already have one?" check, so two deliveries racing on different instances cannot both issue.
 */
@ApplicationScoped
public class InvoiceIssuer {

    /** Everything an invoice says, before it has a number. */
    public record Draft(UUID applicationId, UUID applicantId, String ownerSubject, Invoice.Purpose purpose,
            Programme programme, String credentialNumber, boolean member, FeeTable schedule, List<FeeLine> lines) {
    }

    @Inject
    EntityManager em;

    @Inject
    InvoiceRepository invoices;

    @Inject
    PaymentEvents events;

    @Inject
    PaymentConfig config;

    /** Issues the invoice and records InvoiceIssued; empty if the application already has one for this purpose. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Invoice> issue(Draft draft) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        int year = now.atZone(ZoneOffset.UTC).getYear();
        int next = takeNumber(year);
        if (invoices.of(draft.applicationId(), draft.purpose()).isPresent()) {
            // Still under the counter's lock, so nobody has taken a number after ours: give it back.
            em.createNativeQuery("UPDATE invoice_number_counter SET last_value = last_value - 1 WHERE year = ?1")
                    .setParameter(1, year).executeUpdate();
            return Optional.empty();
        }
        if (next > 999_999) {
            throw new IllegalStateException("Invoice numbers of " + year + " are exhausted");
        }

        Invoice invoice = new Invoice();
        invoice.id = UUID.randomUUID();
        invoice.number = String.format("INV-%04d-%06d", year, next);
        invoice.applicationId = draft.applicationId();
        invoice.applicantId = draft.applicantId();
        invoice.ownerSubject = draft.ownerSubject();
        invoice.purpose = draft.purpose();
        invoice.programme = draft.programme();
        invoice.credentialNumber = draft.credentialNumber();
        invoice.member = draft.member();
        invoice.currency = draft.schedule().currency();
        invoice.lines = new ArrayList<>(draft.lines().stream().map(Invoice.Line::of).toList());
        invoice.total = FeeTable.total(draft.lines());
        invoice.feeScheduleVersion = draft.schedule().version();
        invoice.status = Invoice.Status.OPEN;
        invoice.issuedAt = now;
        invoice.dueDate = now.atZone(ZoneOffset.UTC).toLocalDate().plusDays(config.invoices().dueDays());
        invoices.persist(invoice);
        events.invoiceIssued(invoice);
        return Optional.of(invoice);
    }

    /**
     * The year's next number, in one statement: the counter row is created or incremented and stays locked until
     * this transaction ends (the lock is held for as short a time as the invoice's own inserts allow).
     */
    private int takeNumber(int year) {
        return ((Number) em.createNativeQuery("""
                INSERT INTO invoice_number_counter AS c (year, last_value) VALUES (?1, 1)
                ON CONFLICT (year) DO UPDATE SET last_value = c.last_value + 1
                RETURNING last_value""").setParameter(1, year).getSingleResult()).intValue();
    }
}
