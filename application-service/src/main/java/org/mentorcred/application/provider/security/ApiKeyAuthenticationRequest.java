package org.mentorcred.application.provider.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The X-API-Key a partner presented. */
public class ApiKeyAuthenticationRequest extends BaseAuthenticationRequest {

    private final String key;

    public ApiKeyAuthenticationRequest(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
