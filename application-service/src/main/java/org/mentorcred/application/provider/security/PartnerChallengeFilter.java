package org.mentorcred.application.provider.security;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** A 401 of the partner API asks for an API key, not for the bearer token the shared problem mapper names. */
public class PartnerChallengeFilter {

    @ServerResponseFilter
    public void challenge(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 401 && request.getUriInfo().getPath().startsWith("/partner/")) {
            response.getHeaders().putSingle(HttpHeaders.WWW_AUTHENTICATE, PartnerSecurity.CHALLENGE);
        }
    }
}
