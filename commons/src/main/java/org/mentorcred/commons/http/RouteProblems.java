package org.mentorcred.commons.http;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.mentorcred.commons.problem.Problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Problem answers written straight to the HTTP layer, by the route handlers that refuse a request before any
 * endpoint (and so the problem mapper) sees it: too large, too slow, too long a URI. The connection is closed after
 * such an answer, since what is left of the request on it cannot be trusted.
 */
@ApplicationScoped
public class RouteProblems {

    @Inject
    ObjectMapper mapper;

    public void send(RoutingContext ctx, int status, String slug, String title, String detail,
            Map<String, Object> extensions) {
        if (ctx.response().headWritten() || ctx.response().ended() || ctx.response().closed()) {
            ctx.request().connection().close();
            return;
        }
        Problem problem = new Problem(Problem.type(slug), title, status, detail, ctx.request().path(), null,
                extensions);
        ctx.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(json(problem, status, title));
    }

    private String json(Problem problem, int status, String title) {
        try {
            return mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            return "{\"status\":" + status + ",\"title\":\"" + title + "\"}";
        }
    }
}
