package org.mentorcred.application.credential.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.mentorcred.commons.outbox.Outbox;

/**
 * The credential events, each recorded in the caller's transaction through the outbox, on the application topic
 * and keyed by the application id like every event of the journey.
 */
@ApplicationScoped
public class CredentialEvents {

    public static final String TOPIC = "application-events";
    public static final String ISSUED = "org.mentorcred.application.CredentialIssued.v1";
    public static final String RENEWED = "org.mentorcred.application.CredentialRenewed.v1";
    public static final String RENEWAL_REJECTED = "org.mentorcred.application.RenewalRejected.v1";
    public static final String SUSPENDED = "org.mentorcred.application.CredentialSuspended.v1";
    public static final String REINSTATED = "org.mentorcred.application.CredentialReinstated.v1";
    public static final String REVOKED = "org.mentorcred.application.CredentialRevoked.v1";
    public static final String EXPIRING = "org.mentorcred.application.CredentialExpiring.v1";
    public static final String PERMANENT_STATUS_REQUESTED = "org.mentorcred.application.PermanentStatusRequested.v1";

    @Inject
    Outbox outbox;

    public void issued(CredentialIssued event) {
        outbox.publish(TOPIC, event.applicationId().toString(), ISSUED, event);
    }

    public void renewed(CredentialRenewed event) {
        outbox.publish(TOPIC, event.applicationId().toString(), RENEWED, event);
    }

    public void renewalRejected(RenewalRejected event) {
        outbox.publish(TOPIC, event.applicationId().toString(), RENEWAL_REJECTED, event);
    }

    public void suspended(CredentialSuspended event) {
        outbox.publish(TOPIC, event.applicationId().toString(), SUSPENDED, event);
    }

    public void reinstated(CredentialReinstated event) {
        outbox.publish(TOPIC, event.applicationId().toString(), REINSTATED, event);
    }

    public void revoked(CredentialRevoked event) {
        outbox.publish(TOPIC, event.applicationId().toString(), REVOKED, event);
    }

    public void expiring(CredentialExpiring event) {
        outbox.publish(TOPIC, event.applicationId().toString(), EXPIRING, event);
    }

    public void permanentStatusRequested(PermanentStatusRequested event) {
        outbox.publish(TOPIC, event.applicationId().toString(), PERMANENT_STATUS_REQUESTED, event);
    }
}
