package org.mentorcred.application.provider.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.mentorcred.application.provider.ApiKeyService;
import org.mentorcred.application.provider.ApiKeys;
import org.mentorcred.commons.http.FailedAttempts;
import org.mentorcred.commons.http.RateLimiter;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/** Turns a valid API key into a partner identity: role {@code partner}, principal and attribute = provider id. */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyAuthenticationRequest> {

    @Inject
    ApiKeyService apiKeys;

    @Inject
    FailedAttempts failedAttempts;


    @Override
    public Class<ApiKeyAuthenticationRequest> getRequestType() {
        return ApiKeyAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyAuthenticationRequest request, AuthenticationRequestContext context) {
        // Guessing is throttled per client address and per key id named: once either has had its failures of the
        // window, every attempt is a 429 until the window ends, the right secret included.
        RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
        String address = "partner-key:" + RateLimiter.addressBucket(http == null ? null : http.request());
        String[] buckets = ApiKeys.parse(request.key())
                .map(parsed -> new String[] { address, "partner-key:id:" + parsed.keyId() })
                .orElse(new String[] { address });
        return context.runBlocking(() -> {
            failedAttempts.refuseIfBlocked(buckets);
            ApiKeyService.Partner partner = apiKeys.authenticate(request.key()).orElseThrow(() -> {
                failedAttempts.recordFailure(buckets);
                return PartnerSecurity.unauthorized("The API key is unknown or revoked, or its provider is inactive");
            });
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
