package org.mentorcred.application.evidence;

public enum RefereeRole {
    MENTEE, MENTEE_MANAGER, ORGANISATION_REPRESENTATIVE
}
