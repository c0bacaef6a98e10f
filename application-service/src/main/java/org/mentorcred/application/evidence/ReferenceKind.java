package org.mentorcred.application.evidence;

/** A reference letter (a document), or the referee's contact details so the body can ask them. */
public enum ReferenceKind {
    LETTER, CONTACT
}
