package org.mentorcred.eligibility.rules.engine;

/** Which declared experience a {@code DECLARED_EXPERIENCE} requirement reads. */
public enum ExperienceMeasure {
    /** Years of senior (executive) management in an enterprise or public institution. */
    SENIOR_MANAGEMENT_YEARS,
    /** Years of proven mentoring or coaching service. */
    MENTORING_COACHING_YEARS
}
