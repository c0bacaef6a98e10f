package org.mentorcred.application.provider.security;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.quarkus.security.identity.SecurityIdentity;

/** The provider whose API key authenticated this request. */
@RequestScoped
public class CurrentPartner {

    @Inject
    SecurityIdentity identity;

    public UUID providerId() {
        UUID id = identity.getAttribute(PartnerSecurity.PROVIDER_ID);
        if (id == null) {
            throw new IllegalStateException("Not a partner request");
        }
        return id;
    }
}
