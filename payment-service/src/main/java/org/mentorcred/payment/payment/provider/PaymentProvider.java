package org.mentorcred.payment.payment.provider;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

/**
 * A payment provider (card processor), chosen by {@link #name()}. Each call carries our own id as its
 * reference, which the provider treats as an idempotency key: asking twice for the same charge or refund
 * never charges or refunds twice, so our jobs can retry after a crash.
 */
public interface PaymentProvider {

    /** The name clients and webhook URLs use, e.g. {@code sandbox}. */
    String name();

    /** Whether this instance may use the provider. */
    boolean enabled();

    /**
     * Charges {@code request.amount()} once per {@code request.paymentId()}.
     *
     * @throws ProviderUnavailableException if the provider could not be asked (the outcome is unknown)
     */
    ChargeResult charge(ChargeRequest request);

    /** What the provider knows of the charge with our reference {@code paymentId}; empty if none was made. */
    Optional<ChargeResult> lookup(UUID paymentId);

    /**
     * Refunds part or all of a charge, once per {@code request.refundId()}.
     *
     * @throws ProviderUnavailableException if the provider could not be asked
     */
    RefundResult refund(RefundRequest request);

    /** The secret its webhooks are signed with (HMAC-SHA256). */
    byte[] webhookSecret();

    /**
     * Reads a webhook body whose signature has been verified.
     *
     * @throws IllegalArgumentException if it is not a notification of this provider
     */
    WebhookNotification parseWebhook(byte[] body);

    record ChargeRequest(UUID paymentId, UUID invoiceId, String invoiceNumber, BigDecimal amount, String currency,
            Card card) {
    }

    record ChargeResult(Outcome outcome, String providerPaymentId, String declineCode, String reason) {

        public enum Outcome {
            SUCCEEDED,
            DECLINED,
            /** Waiting for the card holder (3-D Secure and the like); the outcome comes by webhook. */
            PENDING
        }

        public static ChargeResult succeeded(String providerPaymentId) {
            return new ChargeResult(Outcome.SUCCEEDED, providerPaymentId, null, null);
        }

        public static ChargeResult declined(String providerPaymentId, String declineCode, String reason) {
            return new ChargeResult(Outcome.DECLINED, providerPaymentId, declineCode, reason);
        }

        public static ChargeResult pending(String providerPaymentId) {
            return new ChargeResult(Outcome.PENDING, providerPaymentId, null, null);
        }
    }

    record RefundRequest(UUID refundId, UUID paymentId, String providerPaymentId, BigDecimal amount, String currency) {
    }

    record RefundResult(String providerRefundId) {
    }

    /** A provider event about one of our payments; {@code result} is null for events we do not act on. */
    record WebhookNotification(String eventId, String eventType, UUID paymentId, ChargeResult result) {
    }
}
