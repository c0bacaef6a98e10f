package org.mentorcred.eligibility.evidence;

/** A reference letter (a document), or the referee's contact details for the body to verify. */
public enum ReferenceKind {
    LETTER, CONTACT
}
