package org.mentorcred.application.provider;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "mentorcred.partner")
public interface PartnerConfig {

    /** Most completion records one request may carry (413 beyond). */
    @WithDefault("1000")
    int maxBatchSize();

    /** How precisely an API key's last use is recorded: at most one write per key per this period. */
    @WithDefault("1m")
    Duration lastUsedResolution();
}
