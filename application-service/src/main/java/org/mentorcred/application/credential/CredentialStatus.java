package org.mentorcred.application.credential;

/** Where a credential stands. The allowed moves between these are listed in {@link CredentialStateMachine}. */
public enum CredentialStatus {
    ACTIVE,
    SUSPENDED,
    REVOKED,
    EXPIRED
}
