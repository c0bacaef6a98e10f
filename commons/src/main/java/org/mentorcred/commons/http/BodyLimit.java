package org.mentorcred.commons.http;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Answers a request whose body exceeds {@code quarkus.http.limits.max-body-size} with a 413 problem: at once from a
 * declared {@code Content-Length}, before the body is read; for a body sent without a length (chunked), as soon as
 * it grows past the limit. (The HTTP layer enforces the same limit, but answers with a bare 413.)
 */
@ApplicationScoped
public class BodyLimit {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBodySize;

    @Inject
    RouteProblems problems;

    void install(@Observes Router router) {
        long limit = maxBodySize.asLongValue();
        // Chunked bodies are read here, up to the limit, and handed to the endpoints as read (quarkus-rest uses a
        // body that a route has read already); multipart forms are left to the endpoints' own handling.
        BodyHandler chunked = BodyHandler.create(false).setBodyLimit(limit).setHandleFileUploads(false)
                .setDeleteUploadedFilesOnEnd(true);
        router.route().order(Integer.MIN_VALUE + 1).handler(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && isOver(length, limit)) {
                tooLarge(ctx, limit);
            } else if (length == null && ctx.request().getHeader(HttpHeaders.TRANSFER_ENCODING) != null
                    && !isMultipart(ctx)) {
                chunked.handle(ctx);
            } else {
                ctx.next();
            }
        });
        router.route().order(Integer.MIN_VALUE + 1).failureHandler(ctx -> {
            if (ctx.statusCode() == 413) {
                tooLarge(ctx, limit);
            } else {
                ctx.next();
            }
        });
    }

    private void tooLarge(RoutingContext ctx, long limit) {
        problems.send(ctx, 413, "payload-too-large", "Payload too large",
                "The request body is larger than the " + limit + " bytes this service accepts",
                Map.of("maxBytes", limit));
    }

    private static boolean isMultipart(RoutingContext ctx) {
        String type = ctx.request().getHeader(HttpHeaders.CONTENT_TYPE);
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }

    private static boolean isOver(String length, long limit) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return false; // malformed lengths are the HTTP layer's to refuse
        }
    }
}
