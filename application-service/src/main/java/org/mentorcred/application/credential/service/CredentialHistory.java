package org.mentorcred.application.credential.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.mentorcred.application.common.Actor;
import org.mentorcred.application.credential.Credential;
import org.mentorcred.application.credential.CredentialHistoryEntry;
import org.mentorcred.application.credential.CredentialStatus;
import org.mentorcred.application.credential.repository.CredentialHistoryRepository;

/** Writes a credential's history, in the transaction of the change it records. */
@ApplicationScoped
public class CredentialHistory {

    @Inject
    CredentialHistoryRepository entries;

    public void record(Credential credential, Actor actor, String action, CredentialStatus from, CredentialStatus to,
            String reason, Instant at) {
        CredentialHistoryEntry entry = new CredentialHistoryEntry();
        entry.credentialId = credential.id;
        entry.at = at;
        entry.actor = actor.subject() == null ? "unknown" : actor.subject();
        entry.actorRole = actor.role();
        entry.action = action;
        entry.fromStatus = from;
        entry.toStatus = to;
        entry.reason = reason;
        entries.persist(entry);
    }
}
