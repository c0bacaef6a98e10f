package org.mentorcred.application.credential.mapping;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.mentorcred.application.credential.Credential;
import org.mentorcred.application.credential.Renewal;
import org.mentorcred.application.credential.config.CredentialRules;
import org.mentorcred.application.credential.config.CredentialsConfig;
import org.mentorcred.application.credential.repository.CredentialHistoryRepository;
import org.mentorcred.application.credential.repository.RenewalRepository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The one place credentials and renewals become what the API returns. */
@ApplicationScoped
public class CredentialViews {

    @Inject
    CredentialsConfig config;

    @Inject
    CredentialRules rules;

    @Inject
    CredentialHistoryRepository history;

    @Inject
    RenewalRepository renewals;

    @Inject
    ObjectMapper mapper;

    public VerificationView verification(Credential c, Instant now) {
        return new VerificationView(c.number, c.holderName, c.awardedProgramme, rules.nameOf(c.awardedProgramme), c.level,
                c.statusAt(now), c.issuedAt, c.expiresAt, c.permanent);
    }

    public RegistryEntry registryEntry(Credential c) {
        return new RegistryEntry(c.number, c.holderName, c.awardedProgramme, rules.nameOf(c.awardedProgramme), c.level,
                c.issuedAt, c.expiresAt);
    }

    /** Without history: for lists. */
    public CredentialView summary(Credential c, Instant now) {
        return view(c, now, null);
    }

    public CredentialView full(Credential c, Instant now) {
        return view(c, now, history.of(c.id).stream().map(HistoryView::of).toList());
    }

    private CredentialView view(Credential c, Instant now, List<HistoryView> historyViews) {
        String permanentStatus = c.permanent ? "PERMANENT" : c.permanentPending() ? "PENDING_PAYMENT" : "NONE";
        UUID pending = renewals.pendingOf(c.id).map(r -> r.id).orElse(null);
        return new CredentialView(c.id, c.number, c.applicationId, c.applicant.id, c.holderSubject, c.holderName,
                c.programme, c.awardedProgramme, rules.nameOf(c.awardedProgramme), c.level, c.statusAt(now),
                c.statusReason, c.statusChangedAt, c.issuedAt, c.periodStart, c.expiresAt, c.permanent, c.permanentSince,
                permanentStatus, c.registryListed, renewalOpensAt(c), pending, verificationUrl(c.number),
                badgeUrl(c.number), c.version, historyViews);
    }

    /** From when a renewal may be submitted; null for a permanent credential. */
    public Instant renewalOpensAt(Credential c) {
        if (c.expiresAt == null) {
            return null;
        }
        return c.expiresAt.atOffset(ZoneOffset.UTC).minusDays(config.renewal().opensDaysBeforeExpiry()).toInstant();
    }

    public String verificationUrl(String number) {
        return config.publicBaseUrl() + "/api/v1/credentials/" + number + "/verification";
    }

    public String badgeUrl(String number) {
        return config.publicBaseUrl() + "/api/v1/credentials/" + number + "/badge";
    }

    public String renewalUrl(String number) {
        return config.publicBaseUrl() + "/api/v1/credentials/" + number + "/renewals";
    }

    public RenewalView renewal(Renewal r, String credentialNumber) {
        return new RenewalView(r.id, credentialNumber, r.status, r.periodStart, r.periodEnd, r.totalPdus,
                read(r.activities, new TypeReference<List<RenewalRequest.PduActivity>>() {
                }),
                read(r.supervisionSessions, new TypeReference<List<RenewalRequest.SupervisionSession>>() {
                }),
                r.statement, r.submittedAt, r.submittedBy, r.decidedAt, r.decidedBy, r.decisionReason,
                r.previousExpiresAt, r.newExpiresAt, r.version);
    }

    public String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String json, TypeReference<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored renewal evidence is unreadable", e);
        }
    }
}
