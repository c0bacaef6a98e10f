package org.mentorcred.application.credential.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.mentorcred.application.common.Actor;
import org.mentorcred.application.credential.Credential;
import org.mentorcred.application.credential.CredentialAction;
import org.mentorcred.application.credential.CredentialStateMachine;
import org.mentorcred.application.credential.CredentialStatus;

/**
 * Marks a credential EXPIRED once its validity has ended: the daily job does it for all, and every write does
 * it first for its own credential, so that the state machine judges the status readers already see.
 */
@ApplicationScoped
public class Expirer {

    @Inject
    CredentialHistory history;

    /** True if the (locked) credential was ACTIVE past its expiry at {@code at} and is EXPIRED now. */
    public boolean expireIfDue(Credential credential, Instant at) {
        if (credential.status != CredentialStatus.ACTIVE || credential.statusAt(at) != CredentialStatus.EXPIRED) {
            return false;
        }
        CredentialStatus to = CredentialStateMachine.next(credential.status, CredentialAction.EXPIRE);
        credential.status = to;
        credential.statusChangedAt = at;
        credential.statusReason = "Validity ended on " + credential.expiresAt;
        credential.updatedAt = at;
        history.record(credential, Actor.SYSTEM, CredentialAction.EXPIRE.name(), CredentialStatus.ACTIVE, to,
                credential.statusReason, at);
        return true;
    }
}
