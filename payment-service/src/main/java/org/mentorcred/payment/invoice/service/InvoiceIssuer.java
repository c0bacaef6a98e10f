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
        int last = lockCounter(year);
        if (invoices.of(draft.applicationId(), draft.purpose()).isPresent()) {
            return Optional.empty();
        }
        int next = last + 1;
        if (next > 999_999) {
            throw new IllegalStateException("Invoice numbers of " + year + " are exhausted");
        }
        em.createNativeQuery("UPDATE invoice_number_counter SET last_value = ?2 WHERE year = ?1")
                .setParameter(1, year).setParameter(2, next).executeUpdate();

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

    /** The year's last number, with the year's counter row locked until this transaction ends. */
    private int lockCounter(int year) {
        em.createNativeQuery("INSERT INTO invoice_number_counter (year, last_value) VALUES (?1, 0) ON CONFLICT DO NOTHING")
                .setParameter(1, year).executeUpdate();
        return ((Number) em.createNativeQuery("SELECT last_value FROM invoice_number_counter WHERE year = ?1 FOR UPDATE")
                .setParameter(1, year).getSingleResult()).intValue();
    }
}
