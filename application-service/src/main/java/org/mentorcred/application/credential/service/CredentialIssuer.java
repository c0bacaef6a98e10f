package org.mentorcred.application.credential.service;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.mentorcred.application.applicant.Applicant;
import org.mentorcred.application.application.Application;
import org.mentorcred.application.common.Actor;
import org.mentorcred.application.common.Times;
import org.mentorcred.application.credential.Credential;
import org.mentorcred.application.credential.CredentialIssuance;
import org.mentorcred.application.credential.CredentialStatus;
import org.mentorcred.application.credential.config.CredentialRules;
import org.mentorcred.application.credential.config.CredentialsConfig;
import org.mentorcred.application.credential.mapping.CredentialViews;
import org.mentorcred.application.credential.messaging.CredentialEvents;
import org.mentorcred.application.credential.messaging.CredentialIssued;
import org.mentorcred.application.credential.messaging.Holder;
import org.mentorcred.application.credential.repository.CredentialRepository;
import org.mentorcred.application.programme.ProgrammeCode;

/**
 * Issues the credential of an approved application: a number, the programme's validity from now, a place in the
 * status lists, and {@code CredentialIssued}, all in the approver's transaction. Issuing twice for one
 * application finds the first credential and does nothing (the caller holds the application's row, and the
 * unique key on the application stops anything else).
 */
@ApplicationScoped
public class CredentialIssuer implements CredentialIssuance {

    private static final Logger LOG = Logger.getLogger(CredentialIssuer.class);

    @Inject
    CredentialsConfig config;

    @Inject
    CredentialRules rules;

    @Inject
    CredentialRepository credentials;

    @Inject
    CredentialHistory history;

    @Inject
    CredentialEvents events;

    @Inject
    CredentialViews views;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void issueFor(Application application) {
        if (credentials.findByApplication(application.id).isPresent()) {
            LOG.debugf("Application %s has its credential already", application.id);
            return;
        }
        Applicant applicant = application.applicant;
        ProgrammeCode awarded = rules.awardedBy(application.programme);
        CredentialRules.Rules programme = rules.of(awarded);
        Instant now = Times.now();

        Credential credential = new Credential();
        credential.id = UUID.randomUUID();
        credential.number = "%s-%s-%d-%06d".formatted(config.numberPrefix(), programme.numberCode(),
                now.atOffset(ZoneOffset.UTC).getYear(), credentials.nextNumber());
        credential.applicationId = application.id;
        credential.applicant = applicant;
        credential.holderSubject = applicant.subject;
        credential.holderName = applicant.name;
        credential.programme = application.programme;
        credential.awardedProgramme = awarded;
        credential.level = programme.level();
        credential.issuedAt = now;
        credential.periodStart = now;
        credential.expiresAt = now.atOffset(ZoneOffset.UTC).plus(programme.validity()).toInstant();
        credential.status = CredentialStatus.ACTIVE;
        credential.statusChangedAt = now;
        credential.statusListIndex = credentials.nextStatusListIndex();
        credential.updatedAt = now;
        credentials.persist(credential);
        history.record(credential, Actor.SYSTEM, "ISSUE", null, CredentialStatus.ACTIVE, null, now);

        events.issued(new CredentialIssued(credential.id, credential.number, application.id, application.programme,
                awarded, Holder.of(applicant), credential.issuedAt, credential.expiresAt,
                views.verificationUrl(credential.number)));
        LOG.infof("Credential %s issued for application %s", credential.number, application.id);
    }
}
