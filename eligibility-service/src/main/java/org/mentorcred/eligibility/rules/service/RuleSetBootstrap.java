package org.mentorcred.eligibility.rules.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.mentorcred.eligibility.config.EligibilityConfig;

import io.quarkus.runtime.StartupEvent;

/** At start (after the database migrations): reads, checks and stores the bundled rule sets, or refuses to start. */
@ApplicationScoped
public class RuleSetBootstrap {

    @Inject
    RuleSetService ruleSets;

    @Inject
    EligibilityConfig config;

    void onStart(@Observes StartupEvent event) {
        ruleSets.storeBundled(RuleSetFiles.read(Thread.currentThread().getContextClassLoader(), config.rulesLocation()));
    }
}
