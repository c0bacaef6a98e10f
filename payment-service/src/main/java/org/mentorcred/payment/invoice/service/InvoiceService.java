package org.mentorcred.payment.invoice.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.mentorcred.commons.api.Page;
import org.mentorcred.commons.api.PageParams;
import org.mentorcred.commons.problem.ProblemException;
import org.mentorcred.commons.security.CurrentUser;
import org.mentorcred.commons.security.Roles;
import org.mentorcred.payment.application.ApplicationProjection;
import org.mentorcred.payment.application.repository.ApplicationProjectionRepository;
import org.mentorcred.payment.fee.rest.LineView;
import org.mentorcred.payment.invoice.Invoice;
import org.mentorcred.payment.invoice.repository.InvoiceRepository;
import org.mentorcred.payment.invoice.rest.InvoiceView;
import org.mentorcred.payment.invoice.rest.ReceiptView;
import org.mentorcred.payment.money.Money;
import org.mentorcred.payment.payment.Payment;
import org.mentorcred.payment.payment.repository.PaymentRepository;
import org.mentorcred.payment.payment.rest.PaymentView;
import org.mentorcred.payment.refund.Refund;
import org.mentorcred.payment.refund.repository.RefundRepository;
import org.mentorcred.payment.refund.rest.RefundView;

/**
 * Reading invoices, payments and receipts. An applicant reaches only the invoices issued to them (their
 * token subject); finance and admin reach all.
 */
@ApplicationScoped
@Transactional
public class InvoiceService {

    static final String[] STAFF = { Roles.FINANCE, Roles.ADMIN };

    @Inject
    InvoiceRepository invoices;

    @Inject
    PaymentRepository payments;

    @Inject
    RefundRepository refunds;

    @Inject
    ApplicationProjectionRepository applications;

    @Inject
    CurrentUser user;

    public InvoiceView get(UUID id) {
        return InvoiceView.of(readable(id));
    }

    public Page<InvoiceView> list(UUID applicationId, Invoice.Status status, PageParams page) {
        String owner = null;
        if (!user.hasAnyRole(STAFF)) {
            owner = user.subject();
            if (applicationId != null) {
                ApplicationProjection application = applications.findById(applicationId);
                if (application != null && application.applicantSubject != null) {
                    user.requireOwnerOrAnyRole(application.applicantSubject, STAFF);
                }
            }
        }
        return invoices.search(owner, applicationId, status, page).map(InvoiceView::of);
    }

    public List<PaymentView> payments(UUID invoiceId) {
        Invoice invoice = readable(invoiceId);
        return payments.ofInvoice(invoice.id).stream()
                .map(p -> PaymentView.of(p, refunds.ofPayment(p.id)))
                .toList();
    }

    public PaymentView payment(UUID paymentId) {
        Payment payment = payments.findById(paymentId);
        if (payment == null) {
            throw ProblemException.notFound("Payment", paymentId);
        }
        readable(payment.invoiceId);
        return PaymentView.of(payment, refunds.ofPayment(payment.id));
    }

    /** The receipt of a paid invoice (also once refunded); 409 before it is paid. */
    public ReceiptView receipt(UUID invoiceId) {
        Invoice invoice = readable(invoiceId);
        Payment payment = payments.ofInvoice(invoice.id).stream()
                .filter(p -> p.status == Payment.Status.SUCCEEDED).findFirst()
                .orElseThrow(() -> ProblemException.conflict("invoice-not-paid",
                        "Invoice " + invoice.number + " has not been paid, so it has no receipt yet")
                        .with("currentState", invoice.status.name()));
        List<Refund> refunded = refunds.ofPayment(payment.id).stream()
                .filter(r -> r.status == Refund.Status.SUCCEEDED).toList();
        ApplicationProjection application = applications.findById(invoice.applicationId);
        BigDecimal refundedTotal = payment.refundedAmount;
        return new ReceiptView(invoice.number, invoice.id, invoice.applicationId,
                new ReceiptView.Payer(invoice.applicantId, application == null ? null : application.applicantName,
                        application == null ? null : application.applicantEmail),
                invoice.purpose, invoice.programme, invoice.credentialNumber, invoice.currency,
                invoice.lines.stream().map(l -> new LineView(l.code, l.description, Money.format(l.amount))).toList(),
                Money.format(invoice.total),
                new ReceiptView.PaymentSummary(payment.id, payment.provider, payment.cardBrand, payment.cardLast4,
                        Money.format(payment.amount), payment.completedAt),
                refunded.stream().map(RefundView::of).toList(), Money.format(refundedTotal),
                Money.format(payment.amount.subtract(refundedTotal)), invoice.status);
    }

    private Invoice readable(UUID id) {
        Invoice invoice = invoices.findById(id);
        if (invoice == null) {
            throw ProblemException.notFound("Invoice", id);
        }
        user.requireOwnerOrAnyRole(invoice.ownerSubject, STAFF);
        return invoice;
    }
}
