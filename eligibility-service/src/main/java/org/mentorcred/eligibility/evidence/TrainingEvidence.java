package org.mentorcred.eligibility.evidence;

/** What proves a training was completed. */
public enum TrainingEvidence {
    CERTIFICATE, LETTER, PARTNER_RECORD
}
