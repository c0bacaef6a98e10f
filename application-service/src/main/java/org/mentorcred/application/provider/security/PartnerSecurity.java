package org.mentorcred.application.provider.security;

import org.mentorcred.commons.problem.ProblemException;

/** Names shared by the partner authentication pieces. */
public final class PartnerSecurity {

    /** The role of a request authenticated with a partner API key. */
    public static final String ROLE = "partner";
    /** The authentication scheme, as named in {@code @HttpAuthenticationMechanism}. */
    public static final String SCHEME = "apikey";
    public static final String HEADER = "X-API-Key";
    /** SecurityIdentity attributes. */
    public static final String PROVIDER_ID = "providerId";
    public static final String API_KEY_ID = "apiKeyId";
    /** What a 401 of the partner API asks for. */
    public static final String CHALLENGE = "ApiKey header=\"" + HEADER + "\"";

    private PartnerSecurity() {
    }

    static ProblemException unauthorized(String detail) {
        return new ProblemException(401, "unauthorized", "Unauthorized", detail);
    }
}
