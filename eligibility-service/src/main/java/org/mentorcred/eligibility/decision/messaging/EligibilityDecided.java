package org.mentorcred.eligibility.decision.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.mentorcred.eligibility.rules.Programme;
import org.mentorcred.eligibility.rules.engine.RequirementOutcome;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * {@code EligibilityDecided.v1} exactly as its schema ({@code events/schemas/EligibilityDecided.v1.schema.json})
 * has it. The alternatives of an any-of requirement are not in the event: its explanation names what is missing.
 */
public record EligibilityDecided(UUID decisionId, UUID applicationId, UUID applicantId, Programme programme,
        boolean eligible, boolean pendingReview, int ruleSetVersion, Instant decidedAt, List<Requirement> requirements) {

    public static final String TOPIC = "eligibility-events";
    public static final String TYPE = "org.mentorcred.eligibility.EligibilityDecided.v1";

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Requirement(String code, String description, String required, String actual, boolean met,
            boolean pendingReview, String explanation) {

        public static Requirement of(RequirementOutcome outcome) {
            return new Requirement(outcome.code(), outcome.description(), outcome.required(), outcome.actual(),
                    outcome.met(), outcome.pendingReview(), outcome.explanation());
        }
    }
}
