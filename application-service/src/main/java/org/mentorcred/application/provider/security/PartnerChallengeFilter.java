package org.mentorcred.application.provider.security;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.mentorcred.commons.problem.Problem;
import org.mentorcred.commons.problem.ProblemMapper;

/**
 * A 401 of the partner API asks for an API key, not for the bearer token the shared problem mapper names: in its
 * challenge and, where the mapper wrote the generic bearer-token detail (a request that sent a bearer token, say), in
 * its problem too.
 */
public class PartnerChallengeFilter {

    @ServerResponseFilter
    public void challenge(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 401 || !request.getUriInfo().getPath().startsWith("/partner/")) {
            return;
        }
        response.getHeaders().putSingle(HttpHeaders.WWW_AUTHENTICATE, PartnerSecurity.CHALLENGE);
        if (response.getEntity() instanceof Problem problem
                && ProblemMapper.CREDENTIALS_REQUIRED.equals(problem.getDetail())) {
            response.setEntity(new Problem(problem.getType(), problem.getTitle(), 401,
                    "The partner API needs an API key in the " + PartnerSecurity.HEADER + " header",
                    problem.getInstance(), problem.getViolations(), problem.getExtensions()));
        }
    }
}
