package org.mentorcred.payment.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.mentorcred.commons.outbox.Outbox;
import org.mentorcred.payment.config.Links;
import org.mentorcred.payment.invoice.Invoice;
import org.mentorcred.payment.messaging.outgoing.InvoiceIssued;
import org.mentorcred.payment.messaging.outgoing.PaymentFailed;
import org.mentorcred.payment.messaging.outgoing.PaymentSucceeded;
import org.mentorcred.payment.messaging.outgoing.RefundIssued;
import org.mentorcred.payment.money.Money;
import org.mentorcred.payment.payment.Payment;
import org.mentorcred.payment.refund.Refund;

/**
 * The events payment-service publishes on {@code payment-events}, keyed by application id, always through
 * the outbox in the transaction of the change they report. The one place entities become events.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PaymentEvents {

    public static final String TOPIC = "payment-events";
    public static final String INVOICE_ISSUED = "org.mentorcred.payment.InvoiceIssued.v1";
    public static final String PAYMENT_SUCCEEDED = "org.mentorcred.payment.PaymentSucceeded.v1";
    public static final String PAYMENT_FAILED = "org.mentorcred.payment.PaymentFailed.v1";
    public static final String REFUND_ISSUED = "org.mentorcred.payment.RefundIssued.v1";

    @Inject
    Outbox outbox;

    @Inject
    Links links;

    public void invoiceIssued(Invoice invoice) {
        publish(invoice, INVOICE_ISSUED, new InvoiceIssued(invoice.id, invoice.number, invoice.applicationId,
                invoice.applicantId, invoice.purpose.name(), invoice.programme.name(), invoice.credentialNumber,
                invoice.currency,
                invoice.lines.stream().map(l -> new InvoiceIssued.Line(l.code, l.description, Money.format(l.amount)))
                        .toList(),
                Money.format(invoice.total), invoice.feeScheduleVersion, invoice.dueDate, invoice.issuedAt,
                links.invoice(invoice.id)));
    }

    public void paymentSucceeded(Invoice invoice, Payment payment) {
        publish(invoice, PAYMENT_SUCCEEDED, new PaymentSucceeded(payment.id, invoice.id, invoice.number,
                invoice.applicationId, invoice.applicantId, invoice.purpose.name(), invoice.credentialNumber,
                Money.format(payment.amount), payment.currency, payment.provider, payment.completedAt,
                links.receipt(invoice.id)));
    }

    public void paymentFailed(Invoice invoice, Payment payment) {
        publish(invoice, PAYMENT_FAILED, new PaymentFailed(payment.id, invoice.id, invoice.number,
                invoice.applicationId, invoice.applicantId, Money.format(payment.amount), payment.currency,
                payment.provider, payment.failureReason, payment.declineCode, payment.completedAt));
    }

    public void refundIssued(Invoice invoice, Payment payment, Refund refund) {
        publish(invoice, REFUND_ISSUED, new RefundIssued(refund.id, payment.id, invoice.id, invoice.number,
                invoice.applicationId, invoice.applicantId, Money.format(refund.amount), refund.currency,
                payment.refundedAmount.compareTo(payment.amount) == 0, refund.reason, refund.completedAt));
    }

    private void publish(Invoice invoice, String type, Object event) {
        outbox.publish(TOPIC, invoice.applicationId.toString(), type, event);
    }
}
