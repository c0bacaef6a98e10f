package org.mentorcred.commons.http;

import java.time.Duration;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * What every answer of every service carries, and what every request must keep within, before any endpoint runs:
 * <ul>
 * <li>{@code X-Content-Type-Options: nosniff} on every answer, and {@code Cache-Control: no-store} on every JSON
 * answer that does not say otherwise (they carry personal data; public, cacheable answers set their own).</li>
 * <li>A request line over {@code mentorcred.http.max-uri-length} is a 414 problem, headers over
 * {@code mentorcred.http.max-header-size} a 431 problem. The HTTP codec's own limits
 * ({@code quarkus.http.limits.max-initial-line-length}, {@code max-header-size}) are set above these, so a request
 * between the two gets a problem+json answer; beyond the codec's, it still gets the codec's bare one.</li>
 * <li>A body that has not arrived within {@code mentorcred.http.body-timeout} of its headers is a 408 problem and
 * the connection is closed (a slow client holds no connection for longer; idle connections are closed after
 * {@code quarkus.http.idle-timeout}).</li>
 * <li>A {@code Location} is never built from the {@code Host} header ({@link #ownLocation}).</li>
 * </ul>
 */
@ApplicationScoped
public class HttpHardening {

    @ConfigProperty(name = "mentorcred.http.max-uri-length", defaultValue = "8192")
    int maxUriLength;

    @ConfigProperty(name = "mentorcred.http.max-header-size", defaultValue = "16384")
    int maxHeaderSize;

    @ConfigProperty(name = "mentorcred.http.body-timeout", defaultValue = "30s")
    Duration bodyTimeout;

    /** Where clients reach this service (scheme, host, port), for the {@code Location} of what it creates. */
    @ConfigProperty(name = "mentorcred.http.public-base-url")
    java.util.Optional<String> publicBaseUrl;

    @Inject
    RouteProblems problems;

    @Inject
    Vertx vertx;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::guard);
    }

    private void guard(RoutingContext ctx) {
        String host = ctx.request().getHeader(HttpHeaders.HOST);
        ctx.addHeadersEndHandler(v -> answerHeaders(ctx.response().headers(), host));
        if (ctx.request().uri().length() > maxUriLength) {
            problems.send(ctx, 414, "uri-too-long", "URI too long", "The request line's URI is longer than the "
                    + maxUriLength + " characters this service accepts", Map.of("maxLength", maxUriLength));
            return;
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> header : ctx.request().headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerBytes > maxHeaderSize) {
            problems.send(ctx, 431, "headers-too-large", "Request header fields too large", "The request's headers "
                    + "are larger than the " + maxHeaderSize + " bytes this service accepts",
                    Map.of("maxBytes", maxHeaderSize));
            return;
        }
        if (!ctx.request().isEnded()) {
            long timer = vertx.setTimer(bodyTimeout.toMillis(), id -> {
                if (!ctx.request().isEnded()) {
                    problems.send(ctx, 408, "request-timeout", "Request timeout", "The request body did not "
                            + "arrive within " + bodyTimeout.toSeconds() + " s", Map.of());
                }
            });
            ctx.addEndHandler(v -> vertx.cancelTimer(timer));
        }
        ctx.next();
    }

    private void answerHeaders(MultiMap headers, String requestHost) {
        headers.set("X-Content-Type-Options", "nosniff");
        String type = headers.get(HttpHeaders.CONTENT_TYPE);
        if (type != null && type.contains("json") && !headers.contains(HttpHeaders.CACHE_CONTROL)) {
            headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
        }
        String location = headers.get(HttpHeaders.LOCATION);
        if (location != null && requestHost != null) {
            headers.set(HttpHeaders.LOCATION, ownLocation(location, requestHost));
        }
    }

    /**
     * JAX-RS resolves a relative {@code Location} against the request's {@code Host} header, which the caller writes.
     * Such a location is given on {@code mentorcred.http.public-base-url} instead, or relative when that is not set;
     * any other location stays as it is.
     */
    String ownLocation(String location, String requestHost) {
        java.net.URI uri;
        try {
            uri = java.net.URI.create(location);
        } catch (IllegalArgumentException e) {
            return location;
        }
        if (!uri.isAbsolute() || uri.getRawAuthority() == null || !uri.getRawAuthority().equalsIgnoreCase(requestHost)) {
            return location;
        }
        String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return publicBaseUrl.map(base -> base.replaceAll("/+$", "") + path).orElse(path);
    }
}
