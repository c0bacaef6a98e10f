package org.mentorcred.application.evidence;

/** Highest completed education, lowest first (the order matters to eligibility rules). */
public enum EducationLevel {
    NONE, SECONDARY, BACHELOR, MASTER, DOCTORATE
}
