package org.mentorcred.application.credential.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.mentorcred.application.common.Actor;
import org.mentorcred.application.common.Constraints;
import org.mentorcred.application.common.ETags;
import org.mentorcred.application.common.Times;
import org.mentorcred.application.credential.Credential;
import org.mentorcred.application.credential.CredentialAction;
import org.mentorcred.application.credential.CredentialStateMachine;
import org.mentorcred.application.credential.CredentialStatus;
import org.mentorcred.application.credential.Renewal;
import org.mentorcred.application.credential.config.CredentialRules;
import org.mentorcred.application.credential.mapping.CredentialViews;
import org.mentorcred.application.credential.mapping.RenewalRequest;
import org.mentorcred.application.credential.mapping.RenewalView;
import org.mentorcred.application.credential.messaging.CredentialEvents;
import org.mentorcred.application.credential.messaging.CredentialRenewed;
import org.mentorcred.application.credential.messaging.Holder;
import org.mentorcred.application.credential.messaging.RenewalRejected;
import org.mentorcred.application.credential.repository.CredentialRepository;
import org.mentorcred.application.credential.repository.RenewalRepository;
import org.mentorcred.commons.api.Page;
import org.mentorcred.commons.api.PageParams;
import org.mentorcred.commons.problem.ProblemException;
import org.mentorcred.commons.problem.Violation;
import org.mentorcred.commons.security.CurrentUser;
import org.mentorcred.commons.security.Roles;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/**
 * Renewal: before expiry the holder reports the PDUs earned and, where the programme asks for it, the supervision
 * sessions of each year of the current validity period; a reviewer or admin approves (the validity is extended by
 * the programme's period, from the old expiry date) or rejects with reasons.
 */
@ApplicationScoped
public class RenewalService {

    @Inject
    CredentialRepository credentials;

    @Inject
    RenewalRepository renewals;

    @Inject
    CredentialRules rules;

    @Inject
    CredentialViews views;

    @Inject
    CredentialHistory history;

    @Inject
    CredentialEvents events;

    @Inject
    Expirer expirer;

    @Inject
    CurrentUser user;

    @Transactional
    public RenewalView submit(String number, RenewalRequest request) {
        Instant now = Times.now();
        Credential credential = lockCredential(number);
        CredentialService.requireHolder(user, credential);
        expirer.expireIfDue(credential, now);
        if (credential.permanent) {
            throw ProblemException.conflict("credential-permanent", "A permanent credential does not expire and needs no renewal")
                    .with("currentState", credential.status.name());
        }
        if (credential.status != CredentialStatus.ACTIVE) {
            throw ProblemException.conflict("illegal-transition",
                    "Only an ACTIVE credential can be renewed; this one is " + credential.status)
                    .with("currentState", credential.status.name()).with("action", CredentialAction.RENEW.name());
        }
        Instant opensAt = views.renewalOpensAt(credential);
        if (now.isBefore(opensAt)) {
            throw ProblemException.conflict("renewal-not-open", "Renewal opens on " + opensAt + ", "
                    + "before the credential expires on " + credential.expiresAt)
                    .with("opensAt", opensAt.toString()).with("expiresAt", credential.expiresAt.toString());
        }
        renewals.pendingOf(credential.id).ifPresent(pending -> {
            throw ProblemException.conflict("renewal-pending", "A renewal of this credential awaits a decision")
                    .with("renewalId", pending.id.toString());
        });
        List<Violation> missing = unmet(credential, request);
        if (!missing.isEmpty()) {
            throw ProblemException.unprocessable("renewal-requirements-unmet",
                    "The renewal misses " + missing.size() + " of what " + credential.awardedProgramme + " requires", missing);
        }

        Renewal renewal = new Renewal();
        renewal.id = UUID.randomUUID();
        renewal.credentialId = credential.id;
        renewal.status = Renewal.Status.SUBMITTED;
        renewal.periodStart = credential.periodStart;
        renewal.periodEnd = credential.expiresAt;
        renewal.totalPdus = totalPdus(request).setScale(2, RoundingMode.UNNECESSARY);
        renewal.activities = views.json(request.activities());
        renewal.supervisionSessions = views.json(request.supervisionSessions());
        renewal.statement = request.statement() == null || request.statement().isBlank() ? null : request.statement().strip();
        renewal.submittedAt = now;
        renewal.submittedBy = user.subject();
        renewals.persist(renewal);
        try {
            renewals.flush();
        } catch (RuntimeException e) {
            if (Constraints.violated(e, "credential_renewal_one_open")) {
                throw ProblemException.conflict("renewal-pending", "A renewal of this credential awaits a decision");
            }
            throw e;
        }
        return views.renewal(renewal, credential.number);
    }

    /** The holder, reviewers and admins. */
    @Transactional
    public List<RenewalView> ofCredential(String number) {
        Credential credential = credentials.findByNumber(number).orElseThrow(() -> ProblemException.notFound("Credential", number));
        user.requireOwnerOrAnyRole(credential.holderSubject, Roles.REVIEWER, Roles.ADMIN);
        return renewals.ofCredential(credential.id).stream().map(r -> views.renewal(r, credential.number)).toList();
    }

    /** The reviewers' queue (or the decided ones), oldest first. */
    @Transactional
    public Page<RenewalView> inStatus(Renewal.Status status, PageParams paging) {
        PanacheQuery<Renewal> query = renewals.inStatus(status, paging);
        List<RenewalView> items = query.list().stream()
                .map(r -> views.renewal(r, credentials.findById(r.credentialId).number)).toList();
        return Page.of(items, paging, query::count);
    }

    @Transactional
    public RenewalView approve(String number, UUID renewalId, String ifMatch) {
        Instant now = Times.now();
        Credential credential = lockCredential(number);
        Renewal renewal = pendingRenewal(credential, renewalId, ifMatch);
        expirer.expireIfDue(credential, now);
        if (credential.permanent) {
            throw ProblemException.conflict("credential-permanent",
                    "The credential became permanent meanwhile; reject the renewal instead")
                    .with("currentState", credential.status.name());
        }
        CredentialStatus from = credential.status;
        CredentialStatus to = CredentialStateMachine.next(from, CredentialAction.RENEW);
        CredentialRules.Rules programme = rules.of(credential.awardedProgramme);
        Instant previous = credential.expiresAt;
        credential.periodStart = previous;
        credential.expiresAt = previous.atOffset(ZoneOffset.UTC).plus(programme.validity()).toInstant();
        credential.status = to;
        credential.updatedAt = now;
        if (from != to) {
            credential.statusChangedAt = now;
            credential.statusReason = "Renewed";
        }
        history.record(credential, Actor.of(user), CredentialAction.RENEW.name(), from, to,
                "Valid until " + credential.expiresAt, now);

        renewal.status = Renewal.Status.APPROVED;
        renewal.decidedAt = now;
        renewal.decidedBy = user.subject();
        renewal.previousExpiresAt = previous;
        renewal.newExpiresAt = credential.expiresAt;
        events.renewed(new CredentialRenewed(credential.id, credential.number, credential.applicationId,
                Holder.of(credential.applicant), previous, credential.expiresAt, now));
        renewals.flush();
        return views.renewal(renewal, credential.number);
    }

    @Transactional
    public RenewalView reject(String number, UUID renewalId, String reason, String ifMatch) {
        Instant now = Times.now();
        Credential credential = lockCredential(number);
        Renewal renewal = pendingRenewal(credential, renewalId, ifMatch);
        renewal.status = Renewal.Status.REJECTED;
        renewal.decidedAt = now;
        renewal.decidedBy = user.subject();
        renewal.decisionReason = reason;
        events.renewalRejected(new RenewalRejected(credential.id, credential.number, credential.applicationId,
                Holder.of(credential.applicant), renewal.id, reason, credential.expiresAt, now));
        renewals.flush();
        return views.renewal(renewal, credential.number);
    }

    /**
     * What the report lacks for the current validity period: enough PDUs, each activity inside the period, and for
     * programmes that ask for supervision the sessions of each validity year (the year still running included,
     * since the renewal is submitted before it ends).
     */
    List<Violation> unmet(Credential credential, RenewalRequest request) {
        CredentialRules.Rules programme = rules.of(credential.awardedProgramme);
        LocalDate periodStart = credential.periodStart.atOffset(ZoneOffset.UTC).toLocalDate();
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < request.activities().size(); i++) {
            LocalDate on = request.activities().get(i).completedOn();
            if (on.isBefore(periodStart)) {
                violations.add(new Violation("activities[" + i + "].completedOn",
                        "is before the current validity period, which started on " + periodStart));
            }
        }
        BigDecimal total = totalPdus(request);
        if (total.compareTo(programme.renewalPdus()) < 0) {
            violations.add(new Violation("activities", "Report at least " + programme.renewalPdus().stripTrailingZeros()
                    .toPlainString() + " PDUs earned since " + periodStart + "; " + total.stripTrailingZeros().toPlainString()
                    + " reported"));
        }
        int perYear = programme.supervisionSessionsPerYear();
        if (perYear > 0) {
            for (int i = 0; i < request.supervisionSessions().size(); i++) {
                LocalDate on = request.supervisionSessions().get(i).date();
                if (on.isBefore(periodStart)) {
                    violations.add(new Violation("supervisionSessions[" + i + "].date",
                            "is before the current validity period, which started on " + periodStart));
                }
            }
            for (int year = 0; year < programme.validityYears(); year++) {
                LocalDate from = periodStart.plusYears(year);
                LocalDate to = periodStart.plusYears(year + 1L);
                long held = request.supervisionSessions().stream().map(RenewalRequest.SupervisionSession::date)
                        .filter(d -> !d.isBefore(from) && d.isBefore(to)).count();
                if (held < perYear) {
                    violations.add(new Violation("supervisionSessions", "Validity year " + (year + 1) + " (" + from + " to "
                            + to.minusDays(1) + ") has " + held + " of the " + perYear + " supervision sessions required"));
                }
            }
        }
        return violations;
    }

    private static BigDecimal totalPdus(RenewalRequest request) {
        return request.activities().stream().map(RenewalRequest.PduActivity::pdus).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private Credential lockCredential(String number) {
        return credentials.lockExisting(number);
    }

    private Renewal pendingRenewal(Credential credential, UUID renewalId, String ifMatch) {
        Renewal renewal = renewals.lock(renewalId).filter(r -> r.credentialId.equals(credential.id))
                .orElseThrow(() -> ProblemException.notFound("Renewal", renewalId));
        ETags.check(ifMatch, renewal.version);
        if (renewal.status != Renewal.Status.SUBMITTED) {
            throw ProblemException.conflict("renewal-decided", "The renewal was " + renewal.status + " already")
                    .with("currentState", renewal.status.name());
        }
        return renewal;
    }
}
