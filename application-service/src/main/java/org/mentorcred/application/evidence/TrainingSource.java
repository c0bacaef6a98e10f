package org.mentorcred.application.evidence;

/** Who reported a training: the applicant, or a partner provider's completion record. */
public enum TrainingSource {
    APPLICANT, PARTNER
}
