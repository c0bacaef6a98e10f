package org.mentorcred.application.credential.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.mentorcred.application.common.Actor;
import org.mentorcred.application.common.ETags;
import org.mentorcred.application.common.Times;
import org.mentorcred.application.credential.Credential;
import org.mentorcred.application.credential.CredentialAction;
import org.mentorcred.application.credential.CredentialStateMachine;
import org.mentorcred.application.credential.CredentialStatus;
import org.mentorcred.application.credential.mapping.CredentialView;
import org.mentorcred.application.credential.mapping.CredentialViews;
import org.mentorcred.application.credential.messaging.CredentialEvents;
import org.mentorcred.application.credential.messaging.CredentialReinstated;
import org.mentorcred.application.credential.messaging.CredentialRevoked;
import org.mentorcred.application.credential.messaging.CredentialSuspended;
import org.mentorcred.application.credential.messaging.Holder;
import org.mentorcred.application.credential.repository.CredentialRepository;
import org.mentorcred.commons.security.CurrentUser;

/**
 * An admin suspends, reinstates or revokes a credential, always with a reason. The status lists follow at once
 * (they are computed from the status); the holder hears of it through the event.
 */
@ApplicationScoped
public class CredentialStatusService {

    @Inject
    CredentialRepository credentials;

    @Inject
    CredentialHistory history;

    @Inject
    CredentialEvents events;

    @Inject
    CredentialViews views;

    @Inject
    CurrentUser user;

    @Inject
    Expirer expirer;

    @Transactional
    public CredentialView suspend(String number, String reason, String ifMatch) {
        Instant now = Times.now();
        Credential credential = lock(number, ifMatch, now);
        change(credential, CredentialAction.SUSPEND, CredentialStateMachine.next(credential.status, CredentialAction.SUSPEND),
                reason, now);
        events.suspended(new CredentialSuspended(credential.id, credential.number, credential.applicationId,
                Holder.of(credential.applicant), reason, now));
        return views.full(credential, now);
    }

    @Transactional
    public CredentialView reinstate(String number, String reason, String ifMatch) {
        Instant now = Times.now();
        Credential credential = lock(number, ifMatch, now);
        CredentialStatus next = CredentialStateMachine.next(credential.status, CredentialAction.REINSTATE);
        if (credential.expiresAt != null && !credential.expiresAt.isAfter(now)) {
            next = CredentialStatus.EXPIRED; // its validity ran out while it was suspended
        }
        change(credential, CredentialAction.REINSTATE, next, reason, now);
        events.reinstated(new CredentialReinstated(credential.id, credential.number, credential.applicationId,
                Holder.of(credential.applicant), reason, next.name(), now));
        return views.full(credential, now);
    }

    @Transactional
    public CredentialView revoke(String number, String reason, String ifMatch) {
        Instant now = Times.now();
        Credential credential = lock(number, ifMatch, now);
        change(credential, CredentialAction.REVOKE, CredentialStateMachine.next(credential.status, CredentialAction.REVOKE),
                reason, now);
        events.revoked(new CredentialRevoked(credential.id, credential.number, credential.applicationId,
                Holder.of(credential.applicant), reason, now));
        return views.full(credential, now);
    }

    /** The credential, locked, as readers see it now (an ACTIVE one past its expiry becomes EXPIRED first). */
    private Credential lock(String number, String ifMatch, Instant now) {
        Credential credential = credentials.lockExisting(number);
        ETags.check(ifMatch, credential.version);
        expirer.expireIfDue(credential, now);
        return credential;
    }

    private void change(Credential credential, CredentialAction action, CredentialStatus to, String reason, Instant now) {
        CredentialStatus from = credential.status;
        credential.status = to;
        credential.statusReason = reason;
        credential.statusChangedAt = now;
        credential.updatedAt = now;
        history.record(credential, Actor.of(user), action.name(), from, to, reason, now);
        credentials.flush(); // the view's version is the one after this write
    }
}
