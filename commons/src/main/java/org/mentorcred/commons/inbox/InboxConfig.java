package org.mentorcred.commons.inbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Retry policy of event handlers ({@code mentorcred.inbox.*}). */
@ConfigMapping(prefix = "mentorcred.inbox")
public interface InboxConfig {

    /** Attempts of a failing handler before the event goes to the dead-letter topic. */
    @WithDefault("5")
    int maxAttempts();

    @WithDefault("100ms")
    Duration initialBackoff();

    @WithDefault("5s")
    Duration maxBackoff();
}
