package org.mentorcred.eligibility.evidence;

public enum SupervisionFocus {
    MENTORING_SKILLS, DOMAIN_KNOWLEDGE, BOTH
}
