package org.mentorcred.commons.http;

import java.time.Duration;
import java.util.Locale;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;

/** Applies {@link RateLimited}: one counted hit per call, before the endpoint runs (after authorisation). */
@RateLimited("")
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class RateLimitInterceptor {

    @Inject
    RateLimiter limiter;

    @Inject
    SecurityIdentity identity;

    @Inject
    HttpServerRequest request;

    @AroundInvoke
    Object limit(InvocationContext context) throws Exception {
        RateLimited limit = context.getMethod().getAnnotation(RateLimited.class);
        if (limit == null) {
            limit = context.getMethod().getDeclaringClass().getAnnotation(RateLimited.class);
        }
        if (limit == null) {
            limit = context.getInterceptorBinding(RateLimited.class);
        }
        Config config = ConfigProvider.getConfig();
        String prefix = "mentorcred.rate-limits." + limit.value() + ".";
        int requests = config.getOptionalValue(prefix + "requests", Integer.class).orElse(limit.requests());
        Duration window = parse(config.getOptionalValue(prefix + "window", String.class).orElse(limit.window()));
        limiter.acquire(limit.value() + ":" + caller(), requests, window);
        return context.proceed();
    }

    private String caller() {
        Object key = identity.getAttribute(RateLimited.KEY_ATTRIBUTE);
        if (key != null) {
            return key.toString();
        }
        if (!identity.isAnonymous()) {
            return "user:" + identity.getPrincipal().getName();
        }
        return RateLimiter.addressBucket(request);
    }

    static Duration parse(String text) {
        String t = text.trim();
        if (t.toUpperCase(Locale.ROOT).startsWith("P")) {
            return Duration.parse(t);
        }
        if (t.matches("[0-9]+")) {
            return Duration.ofSeconds(Long.parseLong(t));
        }
        return Duration.parse("PT" + t.toUpperCase(Locale.ROOT));
    }
}
