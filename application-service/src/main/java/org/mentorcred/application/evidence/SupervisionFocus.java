package org.mentorcred.application.evidence;

public enum SupervisionFocus {
    MENTORING_SKILLS, DOMAIN_KNOWLEDGE, BOTH
}
