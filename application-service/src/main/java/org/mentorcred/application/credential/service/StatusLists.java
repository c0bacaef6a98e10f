package org.mentorcred.application.credential.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.mentorcred.application.common.Times;
import org.mentorcred.application.credential.Credential;
import org.mentorcred.application.credential.CredentialStatus;
import org.mentorcred.application.credential.config.CredentialsConfig;
import org.mentorcred.application.credential.repository.CredentialRepository;
import org.mentorcred.application.credential.signing.Bitstring;
import org.mentorcred.application.credential.signing.VcJwtSigner;
import org.mentorcred.commons.problem.ProblemException;

/**
 * The W3C Bitstring Status Lists of the issued credentials: one list per purpose (revocation, suspension) and per
 * block of {@code status-list.size} credentials. A credential's bit is its status now (REVOKED sets the revocation
 * bit for good; SUSPENDED sets the suspension bit until reinstated), so the lists are computed, never stored.
 */
@ApplicationScoped
public class StatusLists {

    /** Why a list exists and which status sets its bit. */
    public enum Purpose {
        REVOCATION(CredentialStatus.REVOKED), SUSPENSION(CredentialStatus.SUSPENDED);

        final CredentialStatus setBy;

        Purpose(CredentialStatus setBy) {
            this.setBy = setBy;
        }

        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final Pattern LIST_ID = Pattern.compile("(revocation|suspension)-(0|[1-9][0-9]{0,8})");
    static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";

    @Inject
    CredentialsConfig config;

    @Inject
    CredentialRepository credentials;

    @Inject
    VcJwtSigner signer;

    /** The {@code credentialStatus} entries of a credential: one per purpose. */
    public List<Map<String, Object>> entriesOf(Credential credential) {
        return List.of(entry(credential, Purpose.REVOCATION), entry(credential, Purpose.SUSPENSION));
    }

    private Map<String, Object> entry(Credential credential, Purpose purpose) {
        int size = config.statusList().size();
        String list = url(purpose, credential.statusListIndex / size);
        String index = Integer.toString(credential.statusListIndex % size);
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", list + "#" + index);
        entry.put("type", "BitstringStatusListEntry");
        entry.put("statusPurpose", purpose.value());
        entry.put("statusListIndex", index);
        entry.put("statusListCredential", list);
        return entry;
    }

    /** The signed BitstringStatusListCredential {@code listId} ({@code revocation-0}, ...); 404 if there is none. */
    @Transactional
    public String signedList(String listId) {
        Matcher m = LIST_ID.matcher(listId);
        if (!m.matches()) {
            throw ProblemException.notFound("Status list", listId);
        }
        Purpose purpose = Purpose.valueOf(m.group(1).toUpperCase(Locale.ROOT));
        int number = Integer.parseInt(m.group(2));
        int size = config.statusList().size();
        if (number > 0 && (long) number * size > credentials.highestStatusListIndex()) {
            throw ProblemException.notFound("Status list", listId);
        }
        int from = number * size;
        List<Integer> set = credentials.statusListIndexes(purpose.setBy, from, from + size).stream()
                .map(i -> i - from).toList();
        Instant now = Times.now().truncatedTo(ChronoUnit.SECONDS);
        String id = url(purpose, number);

        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("id", id + "#list");
        subject.put("type", "BitstringStatusList");
        subject.put("statusPurpose", purpose.value());
        subject.put("encodedList", Bitstring.encode(size, set));

        Map<String, Object> vc = new LinkedHashMap<>();
        vc.put("@context", List.of(VC_CONTEXT));
        vc.put("id", id);
        vc.put("type", List.of("VerifiableCredential", "BitstringStatusListCredential"));
        vc.put("issuer", config.issuer().id());
        vc.put("validFrom", now.toString());
        vc.put("credentialSubject", subject);
        vc.put("iss", config.issuer().id());
        vc.put("jti", id);
        vc.put("iat", now.getEpochSecond());
        return signer.sign(vc);
    }

    private String url(Purpose purpose, int number) {
        return config.publicBaseUrl() + "/api/v1/credentials/status-lists/" + purpose.value() + "-" + number;
    }
}
