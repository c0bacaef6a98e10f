package org.mentorcred.payment.sandbox;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The built-in sandbox payment provider ({@code mentorcred.payment.sandbox.*}). */
@ConfigMapping(prefix = "mentorcred.payment.sandbox")
public interface SandboxConfig {

    /**
     * Offer the sandbox provider (and its completion endpoint): a development tool, off unless configured on (the
     * local suite, the tests and the benchmarks turn it on). Never on where real money is taken.
     */
    @WithDefault("false")
    boolean enabled();

    /**
     * Secret the sandbox signs its webhooks with and this service verifies them with. Unset: generated at
     * start (fine for one local instance; several instances need the same configured value).
     */
    Optional<String> webhookSecret();

    /**
     * Where the sandbox delivers webhooks; default: this service itself, at the local socket address the completion
     * request arrived on (never an address taken from the request).
     */
    Optional<String> webhookUrl();

    /** A charge awaiting confirmation fails when not confirmed within this time. */
    @WithDefault("1h")
    Duration confirmationTimeout();
}
