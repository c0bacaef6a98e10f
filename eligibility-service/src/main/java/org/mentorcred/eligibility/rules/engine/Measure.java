package org.mentorcred.eligibility.rules.engine;

/** What a {@code MINIMUM_TOTAL} requirement adds up over the evidence. */
public enum Measure {
    /** Hours of ended trainings from the given centre types (with evidence, unless the rule says otherwise). */
    TRAINING_HOURS,
    /** Hours of completed engagements. */
    SERVICE_HOURS,
    /** Completed engagements. */
    COMPLETED_ENGAGEMENTS,
    /** Completed engagements with a reference that counts. */
    REFERENCES
}
