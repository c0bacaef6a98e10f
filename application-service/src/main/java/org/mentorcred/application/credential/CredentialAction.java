package org.mentorcred.application.credential;

/** What may happen to an issued credential. */
public enum CredentialAction {
    SUSPEND,
    REINSTATE,
    REVOKE,
    EXPIRE,
    RENEW,
    REQUEST_PERMANENT_STATUS
}
