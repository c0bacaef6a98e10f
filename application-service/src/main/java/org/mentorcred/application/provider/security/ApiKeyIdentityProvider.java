package org.mentorcred.application.provider.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.mentorcred.application.provider.ApiKeyService;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Turns a valid API key into a partner identity: role {@code partner}, principal and attribute = provider id. */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyAuthenticationRequest> {

    @Inject
    ApiKeyService apiKeys;

    @Override
    public Class<ApiKeyAuthenticationRequest> getRequestType() {
        return ApiKeyAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            ApiKeyService.Partner partner = apiKeys.authenticate(request.key())
                    .orElseThrow(() -> PartnerSecurity.unauthorized(
                            "The API key is unknown or revoked, or its provider is inactive"));
            return QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(partner.providerId().toString()))
                    .addRole(PartnerSecurity.ROLE)
                    .addAttribute(PartnerSecurity.PROVIDER_ID, partner.providerId())
                    .addAttribute(PartnerSecurity.API_KEY_ID, partner.apiKeyId())
                    // The partner API's rate limit counts per key, not per provider: each key is one integration.
                    .addAttribute(org.mentorcred.commons.http.RateLimited.KEY_ATTRIBUTE, "apikey:" + partner.apiKeyId())
                    .build();
        });
    }
}
