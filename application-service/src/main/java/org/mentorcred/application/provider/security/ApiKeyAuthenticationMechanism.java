package org.mentorcred.application.provider.security;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Partner authentication by {@code X-API-Key}. It lives beside the bearer-token mechanism: partner resources
 * select it with {@code @HttpAuthenticationMechanism("apikey")} (so a bearer token means nothing there), and
 * elsewhere it only acts when the header is present, leaving bearer tokens to smallrye-jwt.
 */
@ApplicationScoped
public class ApiKeyAuthenticationMechanism implements HttpAuthenticationMechanism {

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String key = context.request().getHeader(PartnerSecurity.HEADER);
        if (key == null || key.isBlank()) {
            if (selectedFor(context)) {
                return Uni.createFrom().failure(PartnerSecurity.unauthorized(
                        "The partner API needs an API key in the " + PartnerSecurity.HEADER + " header"));
            }
            return Uni.createFrom().optional(Optional.empty());
        }
        return identityProviderManager.authenticate(
                HttpSecurityUtils.setRoutingContextAttribute(new ApiKeyAuthenticationRequest(key), context));
    }

    /** The partner resources chose this mechanism (the authenticator records the one a path selected). */
    private static boolean selectedFor(RoutingContext context) {
        return context.get(HttpAuthenticationMechanism.class.getName()) instanceof ApiKeyAuthenticationMechanism;
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(HttpResponseStatus.UNAUTHORIZED.code(), "WWW-Authenticate",
                PartnerSecurity.CHALLENGE));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(ApiKeyAuthenticationRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.OTHER_HEADER,
                PartnerSecurity.HEADER, PartnerSecurity.SCHEME));
    }
}
