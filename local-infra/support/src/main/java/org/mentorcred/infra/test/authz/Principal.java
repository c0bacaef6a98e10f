package org.mentorcred.infra.test.authz;

import java.util.Arrays;

/**
 * Who calls, as the authorisation matrix names them. Applicants A and B are two different owners: fixtures belong to
 * A, so B's calls try another owner's ids. Partners X and Y are two providers' API keys (meaningful only where a
 * service has a partner API; elsewhere a key is no credential at all).
 */
public enum Principal {
    ANONYMOUS("anonymous", null, null),
    APPLICANT_A("applicantA", "applicant", "applicant-a"),
    APPLICANT_B("applicantB", "applicant", "applicant-b"),
    REVIEWER("reviewer", "reviewer", "reviewer-1"),
    FINANCE("finance", "finance", "finance-1"),
    PROCTOR("proctor", "proctor", "proctor-1"),
    ADMIN("admin", "admin", "admin-1"),
    PARTNER_X("partnerX", null, null),
    PARTNER_Y("partnerY", null, null);

    private final String key;
    private final String role;
    private final String subject;

    Principal(String key, String role, String subject) {
        this.key = key;
        this.role = role;
        this.subject = subject;
    }

    /** The name used in matrix files. */
    public String key() {
        return key;
    }

    /** The token's role, or null for the anonymous caller and partners. */
    public String role() {
        return role;
    }

    /** The token's subject ({@code sub}), e.g. {@code applicant-a}: fixtures of applicant A are created as this. */
    public String subject() {
        return subject;
    }

    public boolean isPartner() {
        return this == PARTNER_X || this == PARTNER_Y;
    }

    public static Principal fromKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown principal '" + key + "'; known: "
                        + Arrays.stream(values()).map(Principal::key).toList()));
    }
}
