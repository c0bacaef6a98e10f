package org.mentorcred.application.credential;

import org.mentorcred.application.application.Application;

/** What the reviewer's approval asks of the credentials (implemented by CredentialIssuer). */
public interface CredentialIssuance {

    /**
     * Issues the approved application's credential and announces it ({@code CredentialIssued}), in the caller's
     * transaction; the caller holds the application's row lock. Issuing again for the same application does nothing.
     */
    void issueFor(Application application);
}
