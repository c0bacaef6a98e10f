package org.mentorcred.eligibility.rules.service;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import org.mentorcred.eligibility.config.EligibilityConfig;

import io.quarkus.runtime.StartupEvent;

/** At start (after the database migrations): reads, checks and stores the bundled rule sets, or refuses to start. */
@ApplicationScoped
public class RuleSetBootstrap {

    @Inject
    RuleSetService ruleSets;

    @Inject
    EligibilityConfig config;

    /** Before reactive messaging starts its consumers (LIBRARY_BEFORE), so no event is decided without rules. */
    void onStart(@Observes @Priority(Interceptor.Priority.LIBRARY_BEFORE - 100) StartupEvent event) {
        ruleSets.storeBundled(RuleSetFiles.read(Thread.currentThread().getContextClassLoader(), config.rulesLocation()));
    }
}
