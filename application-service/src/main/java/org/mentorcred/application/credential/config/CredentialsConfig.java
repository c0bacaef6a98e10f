package org.mentorcred.application.credential.config;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Everything about credentials that is policy rather than code: each programme's validity and renewal rules,
 * the expiry job, the issuer and its signing key. {@link CredentialRules} checks it at start.
 */
@ConfigMapping(prefix = "mentorcred.credentials")
public interface CredentialsConfig {

    /** Where clients reach this service; links in events, badges and status lists start with it. */
    @WithDefault("http://127.0.0.1:8081")
    String publicBaseUrl();

    /** First part of every credential number ({@code MC-CPM-2026-000123}). */
    @WithDefault("MC")
    String numberPrefix();

    Issuer issuer();

    Signing signing();

    /** Keyed by the programme a credential awards (IMC_CPM, IPMA_AM, IPMA_PM, IPMA_SM, IPMA_MM). */
    Map<String, ProgrammeRules> programmes();

    Expiry expiry();

    Renewal renewal();

    Permanent permanent();

    StatusList statusList();

    interface Issuer {
        /** The issuer's id in badges (a URL or DID). */
        @WithDefault("https://mentorcred.org")
        String id();

        @WithDefault("MentorCred")
        String name();

        /** The issuer's home page, if it has one. */
        Optional<String> url();
    }

    interface Signing {
        /**
         * PEM (PKCS#8) RSA private key that signs badges and status lists. Set it in production, to the same key
         * on every instance. Unset, a key is generated once in {@link #generatedKeyDir()} (for local use).
         */
        Optional<Path> keyLocation();

        /** Where the local key is generated and kept when no key location is set (git-ignored). */
        @WithDefault("../.suite/credential-keys")
        Path generatedKeyDir();

        /**
         * PEM public keys of retired signing keys, still published in the JWKS so that badges signed before a key
         * rotation keep verifying.
         */
        Optional<List<Path>> retiredPublicKeys();
    }

    interface ProgrammeRules {
        /** ISO-8601 period a credential is valid for from issue (and by which a renewal extends it), e.g. P2Y. */
        String validity();

        /** The programme's part of the credential number, e.g. CPM or IPMA-PM. */
        String numberCode();

        /** The level of a ladder programme (IPMA 1 to 4); none for a single-level one. */
        OptionalInt level();

        /** Professional development units a renewal reports for one validity period (ours). */
        @WithDefault("0")
        BigDecimal renewalPdus();

        /** Supervision sessions a renewal reports for each year of validity. */
        @WithDefault("0")
        int supervisionSessionsPerYear();

        /** Whether a holder may buy permanent status (no expiry) after enough years of membership. */
        @WithDefault("false")
        boolean permanentUpgrade();
    }

    interface Expiry {
        /** When the daily expiry job runs (Quartz-style cron; "off" disables it). */
        @WithDefault("0 30 2 * * ?")
        String cron();

        /**
         * Days before expiry on which CredentialExpiring is sent, once each. The event's schema lists the values
         * its consumers accept (90 and 30): change both together.
         */
        @WithDefault("90,30")
        List<Integer> reminderDays();

        /** Credentials one transaction of the job handles. */
        @WithDefault("200")
        int batchSize();

        /** Whether an admin may run the job as of a future date (tests do; in production it would expire early). */
        @WithDefault("false")
        boolean futureAsOfAllowed();
    }

    interface Renewal {
        /** How many days before expiry a holder may submit a renewal. */
        @WithDefault("180")
        int opensDaysBeforeExpiry();
    }

    interface Permanent {
        /** Membership a holder needs before buying permanent status (ISO-8601 period). */
        @WithDefault("P5Y")
        String membership();
    }

    interface StatusList {
        /** Entries per status list; the Bitstring Status List spec asks for at least 131072 (16 KB). */
        @WithDefault("131072")
        int size();
    }
}
