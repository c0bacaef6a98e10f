package org.mentorcred.eligibility.rules.engine;

/** What a {@code REVIEWER_JUDGEMENT} requirement asks a reviewer to judge. */
public enum Statement {
    /** A significant contribution to the mentoring profession: a statement with evidence. */
    CONTRIBUTION
}
