package org.mentorcred.application.evidence;

/** What proves a training: a certificate, a letter from the organisation, or a partner's completion record. */
public enum TrainingEvidenceKind {
    CERTIFICATE, LETTER, PARTNER_RECORD
}
