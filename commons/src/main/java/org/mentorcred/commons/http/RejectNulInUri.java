package org.mentorcred.commons.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

import org.mentorcred.commons.problem.ProblemException;
import org.mentorcred.commons.problem.Violation;

/**
 * A path or query parameter decoded to a {@code NUL} (%00) would reach PostgreSQL, whose text may not hold one (a
 * credential number, a city, a name search): refused as invalid input (400, naming where), in every service, as
 * {@link RejectNulCharacters} does for JSON bodies.
 */
@Provider
@PreMatching
public class RejectNulInUri implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        List<Violation> violations = new ArrayList<>();
        if (request.getUriInfo().getPath(true).indexOf('\u0000') >= 0) {
            violations.add(new Violation("path", "must not contain NUL characters"));
        }
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters(true);
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            if (parameter.getKey().indexOf('\u0000') >= 0
                    || parameter.getValue().stream().anyMatch(v -> v != null && v.indexOf('\u0000') >= 0)) {
                violations.add(new Violation(parameter.getKey().replace('\u0000', '?'), "must not contain NUL characters"));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.badRequest("The request's URI contains a NUL character", violations);
        }
    }
}
