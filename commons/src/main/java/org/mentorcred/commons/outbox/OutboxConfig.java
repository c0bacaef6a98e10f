package org.mentorcred.commons.outbox;

import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the outbox relay ({@code mentorcred.outbox.*}). */
@ConfigMapping(prefix = "mentorcred.outbox")
public interface OutboxConfig {

    /** Whether this instance runs a relay. Every instance may; they share the work safely. */
    @WithDefault("true")
    boolean relayEnabled();

    /** The CloudEvents {@code source} of this service's events. */
    @WithDefault("/mentorcred/${quarkus.application.name}")
    String source();

    /** Rows published per relay pass. */
    @WithDefault("500")
    int batchSize();

    /**
     * Key-hash slots. Events of one key always land in the same bucket and one relay at a time publishes a
     * bucket, so more buckets let more instances publish in parallel. Keep it equal across instances.
     */
    @WithDefault("16")
    int buckets();

    /** How long an idle relay waits before it looks again (a local commit wakes it at once). */
    @WithDefault("200ms")
    Duration pollInterval();

    /** The longest wait between passes while the broker is failing. */
    @WithDefault("5s")
    Duration maxBackoff();

    /** How long a pass waits for the broker to acknowledge its batch. */
    @WithDefault("30s")
    Duration sendTimeout();

    /** How long published rows are kept (for audit and replay) before they are deleted. */
    @WithDefault("P7D")
    Duration retention();

    @WithDefault("1h")
    Duration cleanupInterval();

    /** Extra Kafka producer properties, e.g. {@code mentorcred.outbox.producer."linger.ms"=5}. */
    Map<String, String> producer();
}
