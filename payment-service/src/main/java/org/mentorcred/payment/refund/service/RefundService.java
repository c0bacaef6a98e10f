package org.mentorcred.payment.refund.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.mentorcred.commons.problem.ProblemException;
import org.mentorcred.commons.problem.Violation;
import org.mentorcred.payment.config.PaymentConfig;
import org.mentorcred.payment.idempotency.IdempotencyService;
import org.mentorcred.payment.idempotency.IdempotentRequest;
import org.mentorcred.payment.invoice.Invoice;
import org.mentorcred.payment.invoice.repository.InvoiceRepository;
import org.mentorcred.payment.messaging.PaymentEvents;
import org.mentorcred.payment.money.Money;
import org.mentorcred.payment.payment.Payment;
import org.mentorcred.payment.payment.provider.PaymentProvider;
import org.mentorcred.payment.payment.provider.PaymentProviders;
import org.mentorcred.payment.payment.provider.ProviderUnavailableException;
import org.mentorcred.payment.payment.repository.PaymentRepository;
import org.mentorcred.payment.refund.Refund;
import org.mentorcred.payment.refund.repository.RefundRepository;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Refunds, in three steps so that no database lock is held while the provider is asked:
 * <ol>
 * <li>record the refund PENDING, after checking under the payment's row lock that it fits within what was
 * paid and not yet refunded (pending refunds count);</li>
 * <li>ask the provider, with the refund's id as its idempotency reference;</li>
 * <li>record the outcome: SUCCEEDED (the payment's refunded amount grows, the invoice becomes REFUNDED
 * when nothing is left, RefundIssued) or FAILED.</li>
 * </ol>
 * A refund left PENDING (provider unreachable, process stopped) is taken over by {@link RefundJob} once its
 * lease ({@code next_attempt_at}) has passed; the provider's idempotency makes the retry safe.
 */
@ApplicationScoped
public class RefundService {

    private static final Logger LOG = Logger.getLogger(RefundService.class);

    @Inject
    EntityManager em;

    @Inject
    RefundRepository refunds;

    @Inject
    PaymentRepository payments;

    @Inject
    InvoiceRepository invoices;

    @Inject
    PaymentProviders providers;

    @Inject
    PaymentEvents events;

    @Inject
    IdempotencyService idempotency;

    @Inject
    PaymentConfig config;

    /** Refunds {@code amount} (null: all that is left) of a payment for a person of finance. */
    public Refund refund(UUID paymentId, BigDecimal amount, String reason, String requestedBy,
            IdempotentRequest idempotent) {
        UUID refundId = QuarkusTransaction.requiringNew().call(() -> {
            if (idempotent != null && idempotent.recoveredResourceId() != null) {
                return idempotent.recoveredResourceId();
            }
            UUID invoiceId = payments.invoiceIdOf(paymentId)
                    .orElseThrow(() -> ProblemException.notFound("Payment", paymentId));
            Invoice invoice = invoices.lock(invoiceId);
            Payment payment = payments.lock(paymentId);
            if (payment.status != Payment.Status.SUCCEEDED) {
                throw ProblemException.conflict("payment-not-refundable",
                        "Only a succeeded payment can be refunded; this one is " + payment.status)
                        .with("currentState", payment.status.name());
            }
            BigDecimal refundable = payment.amount.subtract(refunds.committed(payment.id));
            BigDecimal toRefund = amount == null ? refundable : Money.of(amount);
            if (refundable.signum() <= 0) {
                throw ProblemException.conflict("payment-fully-refunded", "This payment has been refunded in full")
                        .with("refundable", Money.format(BigDecimal.ZERO));
            }
            if (toRefund.compareTo(refundable) > 0) {
                throw ProblemException.unprocessable("refund-exceeds-payment",
                        "At most " + Money.format(refundable) + " " + payment.currency + " of this payment can still "
                                + "be refunded (paid " + Money.format(payment.amount) + ", refunded or being refunded "
                                + Money.format(payment.amount.subtract(refundable)) + ")",
                        List.of(new Violation("amount", "must not exceed " + Money.format(refundable))))
                        .with("refundable", Money.format(refundable));
            }
            Refund refund = newRefund(invoice, payment, toRefund, reason, requestedBy, false);
            // The live request does the work; the job takes over only if it never finishes.
            refund.nextAttemptAt = now().plus(config.jobs().takeoverAfter());
            refunds.persist(refund);
            if (idempotent != null) {
                idempotency.link(idempotent, refund.id);
            }
            return refund.id;
        });
        return execute(refundId);
    }

    /** Schedules a full refund of what is left of {@code payment}, once per payment, for {@link RefundJob}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Refund> scheduleAutomatic(Invoice invoice, Payment payment, String reason) {
        if (refunds.count("paymentId = ?1 and automatic = true", payment.id) > 0) {
            return Optional.empty();
        }
        BigDecimal left = payment.amount.subtract(refunds.committed(payment.id));
        if (left.signum() <= 0) {
            return Optional.empty();
        }
        Refund refund = newRefund(invoice, payment, left, reason, "system", true);
        refund.nextAttemptAt = now();
        refunds.persist(refund);
        LOG.infof("Refund of %s %s on invoice %s scheduled: %s", Money.format(left), payment.currency, invoice.number,
                reason);
        return Optional.of(refund);
    }

    private static Refund newRefund(Invoice invoice, Payment payment, BigDecimal amount, String reason,
            String requestedBy, boolean automatic) {
        Refund refund = new Refund();
        refund.id = UUID.randomUUID();
        refund.paymentId = payment.id;
        refund.invoiceId = invoice.id;
        refund.amount = Money.of(amount);
        refund.currency = payment.currency;
        refund.reason = reason;
        refund.status = Refund.Status.PENDING;
        refund.requestedBy = requestedBy;
        refund.automatic = automatic;
        refund.createdAt = now();
        return refund;
    }

    /** Steps 2 and 3 for a PENDING refund; answers the refund as it then is. */
    public Refund execute(UUID refundId) {
        Refund refund = QuarkusTransaction.requiringNew().call(() -> refunds.findById(refundId));
        if (refund.status != Refund.Status.PENDING) {
            return refund;
        }
        Payment payment = QuarkusTransaction.requiringNew().call(() -> payments.findById(refund.paymentId));
        PaymentProvider provider = providers.known(payment.provider);
        PaymentProvider.RefundResult result;
        try {
            result = provider.refund(new PaymentProvider.RefundRequest(refund.id, payment.id, payment.providerPaymentId,
                    refund.amount, refund.currency));
        } catch (ProviderUnavailableException e) {
            LOG.warnf("Refund %s: provider %s unavailable (%s); retried later", refund.id, provider.name(), e.getMessage());
            return refund;
        } catch (RuntimeException e) {
            LOG.errorf(e, "Refund %s refused by provider %s", refund.id, provider.name());
            return QuarkusTransaction.requiringNew().call(() -> fail(refundId, "The payment provider refused the refund"));
        }
        return QuarkusTransaction.requiringNew().call(() -> complete(refundId, result.providerRefundId()));
    }

    private Refund complete(UUID refundId, String providerRefundId) {
        Object[] owners = (Object[]) em.createQuery("select r.invoiceId, r.paymentId from Refund r where r.id = ?1")
                .setParameter(1, refundId).getSingleResult();
        // Lock order everywhere: invoice, then payment, then refund.
        Invoice invoice = invoices.lock((UUID) owners[0]);
        Payment payment = payments.lock((UUID) owners[1]);
        Refund refund = refunds.findById(refundId, LockModeType.PESSIMISTIC_WRITE);
        if (refund.status != Refund.Status.PENDING) {
            return refund;
        }
        refund.status = Refund.Status.SUCCEEDED;
        refund.providerRefundId = providerRefundId;
        refund.completedAt = now();
        refund.nextAttemptAt = null;
        payment.refundedAmount = Money.of(payment.refundedAmount.add(refund.amount));
        if (payment.status == Payment.Status.SUCCEEDED && payment.refundedAmount.compareTo(payment.amount) == 0
                && invoice.status == Invoice.Status.PAID) {
            invoice.status = Invoice.Status.REFUNDED;
            invoice.refundedAt = refund.completedAt;
        }
        events.refundIssued(invoice, payment, refund);
        LOG.infof("Refunded %s %s on invoice %s", Money.format(refund.amount), refund.currency, invoice.number);
        return refund;
    }

    private Refund fail(UUID refundId, String why) {
        Refund refund = refunds.findById(refundId, LockModeType.PESSIMISTIC_WRITE);
        if (refund.status == Refund.Status.PENDING) {
            refund.status = Refund.Status.FAILED;
            refund.failureReason = why;
            refund.completedAt = now();
            refund.nextAttemptAt = null;
        }
        return refund;
    }

    /** Claims PENDING refunds whose lease has passed (one instance each) and runs them. */
    public int runDue() {
        @SuppressWarnings("unchecked")
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> {
            List<UUID> ids = em.createNativeQuery("""
                    SELECT id FROM refund WHERE status = 'PENDING' AND next_attempt_at <= ?1
                    ORDER BY next_attempt_at LIMIT ?2 FOR UPDATE SKIP LOCKED""")
                    .setParameter(1, now()).setParameter(2, config.jobs().batchSize())
                    .getResultList();
            if (!ids.isEmpty()) {
                em.createNativeQuery("""
                        UPDATE refund SET next_attempt_at = ?2, attempts = attempts + 1 WHERE id = ANY(?1)""")
                        .setParameter(1, ids.toArray(UUID[]::new))
                        .setParameter(2, now().plus(config.jobs().takeoverAfter()))
                        .executeUpdate();
            }
            return ids;
        });
        due.forEach(this::execute);
        return due.size();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
