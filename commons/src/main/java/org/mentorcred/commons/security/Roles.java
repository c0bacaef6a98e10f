package org.mentorcred.commons.security;

/** The roles a bearer token may hold (its {@code groups} claim). */
public final class Roles {

    public static final String APPLICANT = "applicant";
    public static final String REVIEWER = "reviewer";
    public static final String FINANCE = "finance";
    public static final String PROCTOR = "proctor";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
