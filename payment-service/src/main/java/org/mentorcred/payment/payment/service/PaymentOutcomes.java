package org.mentorcred.payment.payment.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.mentorcred.payment.config.PaymentConfig;
import org.mentorcred.payment.invoice.Invoice;
import org.mentorcred.payment.invoice.repository.InvoiceRepository;
import org.mentorcred.payment.messaging.PaymentEvents;
import org.mentorcred.payment.payment.Payment;
import org.mentorcred.payment.payment.provider.PaymentProvider.ChargeResult;
import org.mentorcred.payment.payment.repository.PaymentRepository;
import org.mentorcred.payment.refund.service.RefundService;

/**
 * Records what a provider said about a payment, wherever it came from (the live request, a webhook, the
 * reconciler): the state change and its event commit together. Only a PENDING payment changes; a later
 * word about a settled payment changes nothing, so duplicates and late arrivals are harmless.
 */
@ApplicationScoped
public class PaymentOutcomes {

    private static final Logger LOG = Logger.getLogger(PaymentOutcomes.class);

    static final String VOID_INVOICE_REFUND_REASON = "Invoice was void when the payment succeeded";
    static final String ABANDONED_PAYMENT_REFUND_REASON = "Payment was charged after it had been given up";

    @Inject
    InvoiceRepository invoices;

    @Inject
    PaymentRepository payments;

    @Inject
    PaymentEvents events;

    @Inject
    RefundService refunds;

    @Inject
    PaymentConfig config;

    /** Applies {@code result} to the payment; returns the payment as it then is (null if there is none). */
    @Transactional
    public Payment record(UUID paymentId, ChargeResult result) {
        UUID invoiceId = payments.invoiceIdOf(paymentId).orElse(null);
        if (invoiceId == null) {
            return null;
        }
        Invoice invoice = invoices.lock(invoiceId);
        Payment payment = payments.lock(paymentId);
        if (payment.status == Payment.Status.FAILED && result.outcome() == ChargeResult.Outcome.SUCCEEDED) {
            // The reconciler gave the payment up while the provider was still charging (it only does so after
            // the takeover lease, far beyond any provider timeout): the card was charged for nothing.
            LOG.errorf("Payment %s was given up but the provider charged it: refunding", payment.id);
            payment.providerPaymentId = result.providerPaymentId();
            refunds.scheduleAutomatic(invoice, payment, ABANDONED_PAYMENT_REFUND_REASON);
            return payment;
        }
        if (payment.status != Payment.Status.PENDING) {
            if (!matches(payment, result)) {
                LOG.warnf("Payment %s is %s; the provider's later %s is ignored", payment.id, payment.status,
                        result.outcome());
            }
            return payment;
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (result.providerPaymentId() != null) {
            payment.providerPaymentId = result.providerPaymentId();
        }
        switch (result.outcome()) {
            case PENDING -> payment.nextCheckAt = now.plus(config.jobs().recheckInterval());
            case SUCCEEDED -> {
                payment.status = Payment.Status.SUCCEEDED;
                payment.completedAt = now;
                payment.nextCheckAt = null;
                if (invoice.status == Invoice.Status.OPEN) {
                    invoice.status = Invoice.Status.PAID;
                    invoice.paidAt = now;
                }
                events.paymentSucceeded(invoice, payment);
                if (invoice.status == Invoice.Status.VOID) {
                    // Voided (the application was withdrawn) while the card holder was confirming: the money
                    // was taken all the same, so it goes back.
                    refunds.scheduleAutomatic(invoice, payment, VOID_INVOICE_REFUND_REASON);
                }
            }
            case DECLINED -> {
                payment.status = Payment.Status.FAILED;
                payment.completedAt = now;
                payment.nextCheckAt = null;
                payment.declineCode = result.declineCode();
                payment.failureReason = result.reason() == null ? "The payment failed" : result.reason();
                events.paymentFailed(invoice, payment);
            }
        }
        return payment;
    }

    private static boolean matches(Payment payment, ChargeResult result) {
        return switch (result.outcome()) {
            case SUCCEEDED -> payment.status == Payment.Status.SUCCEEDED;
            case DECLINED -> payment.status == Payment.Status.FAILED;
            case PENDING -> true;
        };
    }
}
