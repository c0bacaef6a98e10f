package org.mentorcred.application.credential.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.mentorcred.application.applicant.Applicant;
import org.mentorcred.application.common.Actor;
import org.mentorcred.application.common.ETags;
import org.mentorcred.application.common.Times;
import org.mentorcred.application.credential.Credential;
import org.mentorcred.application.credential.CredentialAction;
import org.mentorcred.application.credential.CredentialPayments;
import org.mentorcred.application.credential.CredentialStateMachine;
import org.mentorcred.application.credential.CredentialStatus;
import org.mentorcred.application.credential.config.CredentialRules;
import org.mentorcred.application.credential.mapping.CredentialView;
import org.mentorcred.application.credential.mapping.CredentialViews;
import org.mentorcred.application.credential.messaging.CredentialEvents;
import org.mentorcred.application.credential.messaging.CredentialRenewed;
import org.mentorcred.application.credential.messaging.Holder;
import org.mentorcred.application.credential.messaging.PermanentStatusRequested;
import org.mentorcred.application.credential.repository.CredentialRepository;
import org.mentorcred.commons.problem.ProblemException;
import org.mentorcred.commons.problem.Violation;
import org.mentorcred.commons.security.CurrentUser;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * IPMA permanent status. A holder of enough years' membership asks for it ({@code PermanentStatusRequested});
 * payment-service invoices it; its {@code PaymentSucceeded} with purpose {@code PERMANENT_UPGRADE} makes the
 * credential permanent: no expiry from then on, announced as a {@code CredentialRenewed} whose
 * {@code expiresAt} is null. Other payments (the application's fee) are not this class's business.
 */
@ApplicationScoped
public class PermanentStatusService implements CredentialPayments {

    private static final Logger LOG = Logger.getLogger(PermanentStatusService.class);
    /** payment-service's invoice purpose for the upgrade. */
    public static final String PERMANENT_UPGRADE = "PERMANENT_UPGRADE";

    @Inject
    CredentialRepository credentials;

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

    /** 422 listing why the holder may not have it; 409 if it is permanent or asked for already, or not ACTIVE. */
    @Transactional
    public CredentialView request(String number, String ifMatch) {
        Instant now = Times.now();
        Credential credential = credentials.lockExisting(number);
        CredentialService.requireHolder(user, credential);
        ETags.check(ifMatch, credential.version);
        expirer.expireIfDue(credential, now);
        if (credential.permanent) {
            throw ProblemException.conflict("already-permanent", "The credential is permanent already")
                    .with("permanentSince", credential.permanentSince.toString());
        }
        if (credential.permanentPending()) {
            throw ProblemException.conflict("permanent-status-pending",
                    "Permanent status was asked for on " + credential.permanentRequestedAt + " and awaits payment")
                    .with("requestedAt", credential.permanentRequestedAt.toString());
        }
        CredentialStateMachine.next(credential.status, CredentialAction.REQUEST_PERMANENT_STATUS);
        List<Violation> reasons = ineligibility(credential, now);
        if (!reasons.isEmpty()) {
            throw ProblemException.unprocessable("not-eligible", "The credential cannot become permanent yet", reasons);
        }
        credential.permanentRequestedAt = now;
        credential.updatedAt = now;
        Applicant holder = credential.applicant;
        events.permanentStatusRequested(new PermanentStatusRequested(credential.id, credential.number,
                credential.applicationId, Holder.of(holder), holder.member, now));
        credentials.flush();
        return views.full(credential, now);
    }

    private List<Violation> ineligibility(Credential credential, Instant now) {
        List<Violation> reasons = new ArrayList<>();
        if (!rules.of(credential.awardedProgramme).permanentUpgrade()) {
            reasons.add(new Violation("programme", "Permanent status is not offered for " + credential.awardedProgramme));
        }
        Applicant holder = credential.applicant;
        LocalDate today = now.atOffset(ZoneOffset.UTC).toLocalDate();
        if (!holder.member || holder.memberSince == null) {
            reasons.add(new Violation("membership", "Permanent status is for members of " + rules.permanentMembership()
                    .getYears() + " years or more; the holder is not a member"));
        } else {
            LocalDate eligibleFrom = holder.memberSince.plus(rules.permanentMembership());
            if (today.isBefore(eligibleFrom)) {
                reasons.add(new Violation("membership", "Member since " + holder.memberSince + ": eligible from "
                        + eligibleFrom));
            }
        }
        return reasons;
    }

    /**
     * payment-service's {@code PaymentSucceeded}: a {@code PERMANENT_UPGRADE} payment makes its credential
     * permanent (once; a redelivery changes nothing). Joins the consumer's transaction.
     */
    @Override
    @Transactional
    public void paymentSucceeded(JsonNode event) {
        if (!PERMANENT_UPGRADE.equals(event.path("purpose").asText())) {
            return;
        }
        Optional<Credential> found = Optional.empty();
        String number = event.path("credentialNumber").asText(null);
        if (number != null) {
            found = credentials.lockByNumber(number);
        }
        if (found.isEmpty() && event.hasNonNull("applicationId")) {
            found = credentials.lockByApplication(UUID.fromString(event.get("applicationId").asText()));
        }
        if (found.isEmpty()) {
            LOG.warnf("Permanent status paid (payment %s) for credential %s of application %s, which does not exist",
                    event.path("paymentId").asText(), number, event.path("applicationId").asText());
            return;
        }
        Credential credential = found.get();
        if (credential.permanent) {
            return;
        }
        Instant now = Times.now();
        Instant paidAt = paidAt(event, now);
        Instant previous = credential.expiresAt;
        CredentialStatus from = credential.status;
        credential.permanent = true;
        credential.permanentSince = paidAt;
        credential.expiresAt = null;
        if (from == CredentialStatus.EXPIRED) {
            // Asked for while active; paid after the expiry date: the upgrade was bought, so it stands again.
            credential.status = CredentialStatus.ACTIVE;
            credential.statusChangedAt = now;
            credential.statusReason = "Permanent status paid";
        }
        credential.updatedAt = now;
        history.record(credential, Actor.SYSTEM, "MAKE_PERMANENT", from, credential.status,
                "Permanent status paid (invoice " + event.path("invoiceNumber").asText() + ")", now);
        events.renewed(new CredentialRenewed(credential.id, credential.number, credential.applicationId,
                Holder.of(credential.applicant), previous, null, now));
        LOG.infof("Credential %s is permanent", credential.number);
    }

    private static Instant paidAt(JsonNode event, Instant fallback) {
        try {
            return event.hasNonNull("paidAt") ? Instant.parse(event.get("paidAt").asText()) : fallback;
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }
}
