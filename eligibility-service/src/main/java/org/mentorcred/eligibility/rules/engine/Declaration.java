package org.mentorcred.eligibility.rules.engine;

/** What a {@code DECLARATION} requirement looks for. */
public enum Declaration {
    /** The code of ethics and conduct adopted. */
    ETHICS,
    /** A supervisor declared: name, email, postal address and focus area. */
    SUPERVISION
}
