package org.mentorcred.application.credential.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.mentorcred.application.common.Times;
import org.mentorcred.application.credential.Credential;
import org.mentorcred.application.credential.config.CredentialRules;
import org.mentorcred.application.credential.config.CredentialsConfig;
import org.mentorcred.application.credential.repository.CredentialRepository;
import org.mentorcred.application.credential.signing.VcJwtSigner;
import org.mentorcred.commons.problem.ProblemException;

/**
 * A credential as an Open Badges 3.0 {@code OpenBadgeCredential} (VC Data Model 2.0), secured as a VC-JWT. The
 * JWT's payload is the credential; its registered claims repeat what JWT libraries check ({@code iss}, {@code jti},
 * {@code nbf}, {@code exp} = validUntil, none when permanent). Revocation and suspension are not in the badge
 * but in the status lists it points at, so a badge handed out once stays truthful.
 */
@ApplicationScoped
public class OpenBadges {

    static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

    @Inject
    CredentialsConfig config;

    @Inject
    CredentialRules rules;

    @Inject
    CredentialRepository credentials;

    @Inject
    StatusLists statusLists;

    @Inject
    VcJwtSigner signer;

    @Transactional
    public String signedBadge(String number) {
        Credential credential = credentials.findByNumber(number).orElseThrow(() -> ProblemException.notFound("Credential", number));
        return signer.sign(badge(credential, Times.now()));
    }

    Map<String, Object> badge(Credential credential, Instant now) {
        String base = config.publicBaseUrl();
        String programmeName = rules.nameOf(credential.awardedProgramme);
        String programmeUrl = base + "/api/v1/programmes/" + credential.awardedProgramme;

        Map<String, Object> issuer = new LinkedHashMap<>();
        issuer.put("id", config.issuer().id());
        issuer.put("type", List.of("Profile"));
        issuer.put("name", config.issuer().name());
        config.issuer().url().ifPresent(url -> issuer.put("url", url));

        Map<String, Object> criteria = new LinkedHashMap<>();
        criteria.put("id", programmeUrl);
        criteria.put("narrative", "Meets the requirements of the " + programmeName + " programme published at "
                + programmeUrl + ", verified and approved by " + config.issuer().name() + "'s reviewers.");

        Map<String, Object> achievement = new LinkedHashMap<>();
        achievement.put("id", programmeUrl);
        achievement.put("type", List.of("Achievement"));
        achievement.put("achievementType", "Certification");
        achievement.put("name", programmeName);
        achievement.put("description", programmeName + ", a professional mentoring credential awarded by "
                + config.issuer().name() + (credential.level == null ? "" : " (level " + credential.level + ")") + ".");
        achievement.put("criteria", criteria);

        Map<String, Object> holderName = new LinkedHashMap<>();
        holderName.put("type", "IdentityObject");
        holderName.put("identityHash", credential.holderName);
        holderName.put("identityType", "name");
        holderName.put("hashed", false);

        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("type", List.of("AchievementSubject"));
        subject.put("identifier", List.of(holderName));
        subject.put("achievement", achievement);

        String id = "urn:uuid:" + credential.id;
        Map<String, Object> vc = new LinkedHashMap<>();
        vc.put("@context", List.of(StatusLists.VC_CONTEXT, OB_CONTEXT));
        vc.put("id", id);
        vc.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
        vc.put("issuer", issuer);
        vc.put("name", programmeName);
        vc.put("validFrom", time(credential.issuedAt));
        if (credential.expiresAt != null) {
            vc.put("validUntil", time(credential.expiresAt));
        }
        vc.put("awardedDate", time(credential.issuedAt));
        vc.put("credentialSubject", subject);
        vc.put("credentialStatus", statusLists.entriesOf(credential));

        vc.put("iss", config.issuer().id());
        vc.put("jti", id);
        vc.put("iat", now.getEpochSecond());
        vc.put("nbf", credential.issuedAt.getEpochSecond());
        if (credential.expiresAt != null) {
            vc.put("exp", credential.expiresAt.getEpochSecond());
        }
        return vc;
    }

    static String time(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
