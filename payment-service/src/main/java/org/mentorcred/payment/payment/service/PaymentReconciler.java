package org.mentorcred.payment.payment.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;
import org.mentorcred.payment.config.PaymentConfig;
import org.mentorcred.payment.payment.Payment;
import org.mentorcred.payment.payment.provider.PaymentProvider;
import org.mentorcred.payment.payment.provider.PaymentProvider.ChargeResult;
import org.mentorcred.payment.payment.provider.PaymentProviders;
import org.mentorcred.payment.payment.provider.ProviderUnavailableException;
import org.mentorcred.payment.payment.repository.PaymentRepository;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Settles PENDING payments nobody else settles: a request that died after claiming its payment, a webhook
 * that never came. Each due payment (its {@code next_check_at} passed) is claimed by one instance
 * ({@code FOR UPDATE SKIP LOCKED}) and its provider asked what became of it.
 */
@ApplicationScoped
public class PaymentReconciler {

    private static final Logger LOG = Logger.getLogger(PaymentReconciler.class);

    static final String INTERRUPTED = "The payment was interrupted before your card was charged; please try again";

    @Inject
    EntityManager em;

    @Inject
    PaymentRepository payments;

    @Inject
    PaymentProviders providers;

    @Inject
    PaymentOutcomes outcomes;

    @Inject
    PaymentConfig config;

    public int runDue() {
        @SuppressWarnings("unchecked")
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            List<UUID> ids = em.createNativeQuery("""
                    SELECT id FROM payment WHERE status = 'PENDING' AND next_check_at <= ?1
                    ORDER BY next_check_at LIMIT ?2 FOR UPDATE SKIP LOCKED""")
                    .setParameter(1, now).setParameter(2, config.jobs().batchSize())
                    .getResultList();
            if (!ids.isEmpty()) {
                em.createNativeQuery("UPDATE payment SET next_check_at = ?2 WHERE id = ANY(?1)")
                        .setParameter(1, ids.toArray(UUID[]::new))
                        .setParameter(2, now.plus(config.jobs().recheckInterval()))
                        .executeUpdate();
            }
            return ids;
        });
        due.forEach(this::reconcile);
        return due.size();
    }

    void reconcile(UUID paymentId) {
        Payment payment = QuarkusTransaction.requiringNew().call(() -> payments.findById(paymentId));
        PaymentProvider provider = providers.known(payment.provider);
        Optional<ChargeResult> known;
        try {
            known = provider.lookup(paymentId);
        } catch (ProviderUnavailableException e) {
            LOG.warnf("Payment %s: provider %s unavailable; asked again later", paymentId, provider.name());
            return;
        }
        if (known.isEmpty()) {
            LOG.warnf("Payment %s never reached provider %s: failed, so the invoice can be paid again", paymentId,
                    provider.name());
            outcomes.record(paymentId, ChargeResult.declined(null, "processing_error", INTERRUPTED));
        } else {
            outcomes.record(paymentId, known.get());
        }
    }
}
