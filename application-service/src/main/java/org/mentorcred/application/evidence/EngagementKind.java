package org.mentorcred.application.evidence;

/** A mentoring engagement at the applicant's own organisation (INTERNAL) or elsewhere (EXTERNAL). */
public enum EngagementKind {
    INTERNAL, EXTERNAL
}
