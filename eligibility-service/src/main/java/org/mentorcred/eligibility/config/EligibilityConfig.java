package org.mentorcred.eligibility.config;

import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Domain settings of eligibility-service ({@code mentorcred.eligibility.*}). */
@ConfigMapping(prefix = "mentorcred.eligibility")
public interface EligibilityConfig {

    /**
     * The time zone in which a submission instant becomes the application date that rule-set effective dates,
     * engagement end dates and years of experience are compared with.
     */
    @WithDefault("UTC")
    ZoneId zone();

    /** Classpath folder of the bundled rule sets ({@code <folder>/<PROGRAMME>/v<N>.json}). */
    @WithDefault("rules")
    String rulesLocation();
}
