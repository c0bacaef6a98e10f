package org.mentorcred.commons.api;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.mentorcred.commons.problem.ProblemException;
import org.mentorcred.commons.problem.Violation;

/**
 * {@code ?page=} and {@code ?size=} that are not whole numbers (or overflow an int) are a 400 naming the parameter.
 * JAX-RS answers a query parameter it cannot convert with 404, which tells a client the list does not exist;
 * checked here, before the parameters are injected, the answer says what to fix.
 */
public class PagingParamsFilter {

    @ServerRequestFilter(preMatching = true)
    public void checkPaging(ContainerRequestContext request) {
        List<Violation> violations = new ArrayList<>();
        for (String name : List.of("page", "size")) {
            for (String value : request.getUriInfo().getQueryParameters().getOrDefault(name, List.of())) {
                try {
                    Integer.parseInt(value.trim());
                } catch (NumberFormatException e) {
                    violations.add(new Violation(name, "must be a whole number"
                            + (name.equals("size") ? " from 1 to " + PageParams.MAX_SIZE : " from 0 to " + PageParams.MAX_PAGE)));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(400, "validation", "Invalid request",
                    violations.size() == 1 ? "One field is invalid" : violations.size() + " fields are invalid",
                    violations);
        }
    }
}
