package org.mentorcred.payment.payment.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;
import org.mentorcred.commons.problem.ProblemException;
import org.mentorcred.commons.problem.Violation;
import org.mentorcred.commons.security.CurrentUser;
import org.mentorcred.commons.security.Roles;
import org.mentorcred.payment.config.PaymentConfig;
import org.mentorcred.payment.idempotency.IdempotencyService;
import org.mentorcred.payment.idempotency.IdempotentRequest;
import org.mentorcred.payment.idempotency.RetryableProblemException;
import org.mentorcred.payment.invoice.Invoice;
import org.mentorcred.payment.invoice.repository.InvoiceRepository;
import org.mentorcred.payment.payment.Payment;
import org.mentorcred.payment.payment.provider.Card;
import org.mentorcred.payment.payment.provider.CardNumbers;
import org.mentorcred.payment.payment.provider.PaymentProvider;
import org.mentorcred.payment.payment.provider.PaymentProvider.ChargeResult;
import org.mentorcred.payment.payment.provider.PaymentProviders;
import org.mentorcred.payment.payment.provider.ProviderUnavailableException;
import org.mentorcred.payment.payment.repository.PaymentRepository;
import org.mentorcred.payment.payment.rest.PaymentRequest;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Paying an invoice, in three steps so that no database lock is held while the provider works:
 * <ol>
 * <li><b>claim</b> (one short transaction): lock the invoice, check it is OPEN and insert the payment
 * PENDING. The unique index {@code payment_one_live_per_invoice} admits one PENDING or SUCCEEDED payment
 * per invoice, so of any number of concurrent requests on any number of instances one wins; the others
 * get 409 and never reach the provider. The payment id is bound to the idempotency key here.</li>
 * <li><b>charge</b>, outside any transaction, with the payment id as the provider's idempotency
 * reference.</li>
 * <li><b>record</b> the outcome ({@link PaymentOutcomes}), with its event, in one transaction.</li>
 * </ol>
 * Crashes: if the process dies between 1 and 3, the payment stays PENDING. A retry with the same
 * idempotency key (after the key's lease) resumes it: the same card, the same payment id, so the provider
 * charges at most once. Without a retry, {@link PaymentReconciler} asks the provider after the takeover
 * lease and records what it says, or fails the payment if the provider never saw it, freeing the invoice.
 */
@ApplicationScoped
public class PaymentService {

    private static final Logger LOG = Logger.getLogger(PaymentService.class);

    private record Claim(Payment payment, Invoice invoice, boolean charge) {
    }

    @Inject
    EntityManager em;

    @Inject
    InvoiceRepository invoices;

    @Inject
    PaymentRepository payments;

    @Inject
    PaymentProviders providers;

    @Inject
    PaymentOutcomes outcomes;

    @Inject
    IdempotencyService idempotency;

    @Inject
    CurrentUser user;

    @Inject
    PaymentConfig config;

    @Inject
    MeterRegistry meters;

    public Payment pay(UUID invoiceId, PaymentRequest request, IdempotentRequest idempotent) {
        Card card = card(request.card());
        Claim claim = QuarkusTransaction.requiringNew().call(() -> claim(invoiceId, request, card, idempotent));
        Payment payment = claim.payment();
        if (!claim.charge()) {
            return payment;
        }
        PaymentProvider provider = providers.known(payment.provider);
        ChargeResult result;
        try {
            meters.counter("mentorcred.payment.provider.charges", "provider", provider.name()).increment();
            result = provider.charge(new PaymentProvider.ChargeRequest(payment.id, claim.invoice().id,
                    claim.invoice().number, payment.amount, payment.currency, card));
        } catch (ProviderUnavailableException e) {
            LOG.warnf("Payment %s: provider %s unavailable (%s); the reconciler will ask it again", payment.id,
                    provider.name(), e.getMessage());
            return payment;
        }
        return outcomes.record(payment.id, result);
    }

    private Claim claim(UUID invoiceId, PaymentRequest request, Card card, IdempotentRequest idempotent) {
        if (idempotent.recoveredResourceId() != null) {
            Payment earlier = payments.findById(idempotent.recoveredResourceId());
            if (earlier != null) {
                Invoice invoice = invoices.findById(earlier.invoiceId);
                return new Claim(earlier, invoice, earlier.status == Payment.Status.PENDING
                        && earlier.providerPaymentId == null);
            }
        }
        Invoice invoice = invoices.lock(invoiceId);
        if (invoice == null) {
            throw ProblemException.notFound("Invoice", invoiceId);
        }
        user.requireOwnerOrAnyRole(invoice.ownerSubject, Roles.FINANCE);
        switch (invoice.status) {
            case OPEN -> {
            }
            case PAID -> throw ProblemException.conflict("invoice-already-paid",
                    "Invoice " + invoice.number + " has been paid").with("currentState", invoice.status.name());
            case VOID, REFUNDED -> throw ProblemException.conflict("invoice-not-payable",
                    "Invoice " + invoice.number + " is " + invoice.status + " and can no longer be paid")
                    .with("currentState", invoice.status.name());
        }
        PaymentProvider provider = providers.require(request.provider() == null ? config.defaultProvider()
                : request.provider());
        UUID paymentId = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        int inserted = em.createNativeQuery("""
                INSERT INTO payment (id, invoice_id, payer_subject, provider, amount, currency, status, card_brand,
                                     card_last4, refunded_amount, created_at, next_check_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'PENDING', ?7, ?8, 0, ?9, ?10)
                ON CONFLICT (invoice_id) WHERE status IN ('PENDING', 'SUCCEEDED') DO NOTHING""")
                .setParameter(1, paymentId).setParameter(2, invoice.id).setParameter(3, user.subject())
                .setParameter(4, provider.name()).setParameter(5, invoice.total).setParameter(6, invoice.currency)
                .setParameter(7, card.brand()).setParameter(8, card.last4()).setParameter(9, now)
                .setParameter(10, now.plus(config.jobs().takeoverAfter()))
                .executeUpdate();
        if (inserted == 0) {
            RetryableProblemException busy = new RetryableProblemException(409, "payment-in-progress", "Conflict",
                    "Another payment of invoice " + invoice.number + " is being processed; look at the invoice again "
                            + "before paying");
            busy.with("currentState", invoice.status.name());
            throw busy;
        }
        idempotency.link(idempotent, paymentId);
        return new Claim(payments.findById(paymentId), invoice, true);
    }

    private static Card card(PaymentRequest.CardInput input) {
        if (!CardNumbers.isValid(input.number())) {
            throw ProblemException.unprocessable("invalid-card-number", "The card number is not valid",
                    List.of(new Violation("card.number", "is not a valid card number")));
        }
        return new Card(input.number(), input.expMonth(), input.expYear(), input.cvc(), input.holderName());
    }
}
