package org.mentorcred.payment.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The domain settings of payment-service ({@code mentorcred.payment.*}); each has a working local default. */
@ConfigMapping(prefix = "mentorcred.payment")
public interface PaymentConfig {

    /** Base of the links in events and responses (payment and receipt URLs), as clients reach this service. */
    @WithDefault("http://127.0.0.1:8083")
    String publicBaseUrl();

    /** The provider a payment request uses when it names none. */
    @WithDefault("sandbox")
    String defaultProvider();

    Fees fees();

    Invoices invoices();

    Withdrawal withdrawal();

    Idempotency idempotency();

    Webhooks webhooks();

    Jobs jobs();

    interface Fees {
        /** Classpath resources of the fee schedule versions, loaded, validated and stored at start. */
        @WithDefault("fees/fee-schedule-v1.json")
        List<String> resources();
    }

    interface Invoices {
        /** Days from issue to the due date. */
        @WithDefault("30")
        int dueDays();
    }

    interface Withdrawal {
        /**
         * What a withdrawal does to a PAID invoice: true refunds the payment in full automatically; false
         * leaves it PAID for finance to decide. An OPEN invoice is always voided.
         */
        @WithDefault("true")
        boolean refundPaidInvoices();

        @WithDefault("Application withdrawn")
        String refundReason();
    }

    interface Idempotency {
        /** How long a key and its stored response are kept; at least 24 hours. */
        @WithDefault("24h")
        Duration retention();

        /**
         * How long a request may hold its key; a key whose request died (crash) may be retried after this.
         * Longer than any provider call.
         */
        @WithDefault("2m")
        Duration inFlightLease();

        /**
         * Secret of the keyed hash that compares request bodies (they hold card numbers, so they are never
         * stored). Unset: generated at start, which means a retry after a restart counts as another body.
         */
        Optional<String> fingerprintSecret();

        /** How often expired keys are deleted. */
        @WithDefault("1h")
        Duration purgeInterval();
    }

    interface Webhooks {
        /** How far a webhook's signed timestamp may be from now. */
        @WithDefault("5m")
        Duration tolerance();
    }

    interface Jobs {
        /** How often each instance looks for refunds to make and pending payments to settle. */
        @WithDefault("5s")
        Duration interval();

        /** How long a started payment or refund is left to its request before the jobs take it over. */
        @WithDefault("2m")
        Duration takeoverAfter();

        /** How often a PENDING payment's provider is asked again. */
        @WithDefault("1m")
        Duration recheckInterval();

        /** Payments and refunds a job pass handles at most. */
        @WithDefault("50")
        int batchSize();
    }
}
