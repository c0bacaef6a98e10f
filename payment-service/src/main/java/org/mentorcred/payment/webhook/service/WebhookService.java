package org.mentorcred.payment.webhook.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;
import org.mentorcred.commons.problem.ProblemException;
import org.mentorcred.commons.problem.Violation;
import org.mentorcred.payment.config.PaymentConfig;
import org.mentorcred.payment.payment.Payment;
import org.mentorcred.payment.payment.provider.PaymentProvider;
import org.mentorcred.payment.payment.provider.PaymentProvider.WebhookNotification;
import org.mentorcred.payment.payment.provider.PaymentProviders;
import org.mentorcred.payment.payment.repository.PaymentRepository;
import org.mentorcred.payment.payment.service.PaymentOutcomes;
import org.mentorcred.payment.webhook.WebhookSignature;
import org.mentorcred.payment.webhook.rest.WebhookReceipt;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Provider webhooks: authenticated by their signature (no bearer token), applied once per provider event
 * id (the record of the event commits with its effect, so a replay is a no-op), and only to payments of
 * the provider that sends them.
 */
@ApplicationScoped
public class WebhookService {

    private static final Logger LOG = Logger.getLogger(WebhookService.class);

    @Inject
    EntityManager em;

    @Inject
    PaymentProviders providers;

    @Inject
    PaymentRepository payments;

    @Inject
    PaymentOutcomes outcomes;

    @Inject
    PaymentConfig config;

    public WebhookReceipt receive(String providerName, String signature, byte[] body) {
        PaymentProvider provider = providers.find(providerName)
                .orElseThrow(() -> ProblemException.notFound("Payment provider", providerName));
        try {
            WebhookSignature.verify(signature, body, provider.webhookSecret(), Instant.now(),
                    config.webhooks().tolerance());
        } catch (WebhookSignature.Invalid e) {
            LOG.warnf("Webhook of %s refused: %s", providerName, e.getMessage());
            throw new ProblemException(401, "invalid-signature", "Unauthorized",
                    "The webhook's " + WebhookSignature.HEADER + " header is missing, does not match, or is older than "
                            + "the tolerance: " + e.getMessage());
        }
        WebhookNotification notification;
        try {
            notification = provider.parseWebhook(body);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("The webhook is not a notification of " + providerName + ": "
                    + e.getMessage(), List.of(new Violation("body", e.getMessage())));
        }
        return QuarkusTransaction.requiringNew().call(() -> apply(provider, notification));
    }

    private WebhookReceipt apply(PaymentProvider provider, WebhookNotification notification) {
        int first = em.createNativeQuery("""
                INSERT INTO processed_webhook (provider, event_id, event_type, payment_id, received_at)
                VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING""")
                .setParameter(1, provider.name()).setParameter(2, notification.eventId())
                .setParameter(3, notification.eventType()).setParameter(4, notification.paymentId())
                .setParameter(5, Instant.now().truncatedTo(ChronoUnit.MICROS))
                .executeUpdate();
        if (first == 0) {
            return new WebhookReceipt(notification.eventId(), WebhookReceipt.DUPLICATE);
        }
        if (notification.result() == null) {
            return new WebhookReceipt(notification.eventId(), WebhookReceipt.IGNORED);
        }
        Payment payment = payments.findById(notification.paymentId());
        if (payment == null || !payment.provider.equals(provider.name())) {
            // Rolls the event record back too: should the payment turn up, a redelivery is applied.
            throw ProblemException.notFound("Payment", notification.paymentId());
        }
        outcomes.record(payment.id, notification.result());
        return new WebhookReceipt(notification.eventId(), WebhookReceipt.PROCESSED);
    }
}
