package org.mentorcred.application.review.config;

import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The reviewer's desk ({@code mentorcred.review.*}). */
@ConfigMapping(prefix = "mentorcred.review")
public interface ReviewConfig {

    /**
     * Weeks a review may take, by training centre type (DOMAIN.md: ACCREDITED 4, ENDORSED 6, NON_ACCREDITED 10);
     * the slowest type among the application's trainings sets the target.
     */
    Map<String, Integer> targetWeeks();

    /** Weeks when no training of a listed type counts (ours: the slowest). */
    @WithDefault("10")
    int defaultTargetWeeks();

    ReferenceCheck referenceCheck();

    interface ReferenceCheck {

        /** How long a referee's link works. */
        @WithDefault("P14D")
        Duration validity();

        /**
         * The link's base; the token is appended. Point it at the front end's page if it has one; by default the
         * service's own public endpoint.
         */
        @WithDefault("http://127.0.0.1:8081/api/v1/reference-checks/")
        String url();
    }
}
