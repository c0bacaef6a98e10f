package org.mentorcred.application.evidence;

/** What kind of training centre delivered a training (and what a partner provider is). */
public enum CentreType {
    ACCREDITED, ENDORSED, NON_ACCREDITED,
    /** A qualified training service provider: delivers the IPMA fast-track path. */
    QTSP
}
