package org.mentorcred.commons.http;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

/**
 * Rate-limits the annotated endpoints (a resource class or method) per caller with {@link RateLimiter}: at most
 * {@code mentorcred.rate-limits.<name>.requests} calls (default {@link #requests()}) per
 * {@code mentorcred.rate-limits.<name>.window} (default {@link #window()}); beyond, a 429 problem with
 * {@code Retry-After}. The caller is the identity's {@link #KEY_ATTRIBUTE} attribute if it has one (a partner's API
 * key id, say), else its principal (the token subject), else — for login-free endpoints — the client's address.
 */
@InterceptorBinding
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface RateLimited {

    /** An identity attribute naming the caller for rate limits, e.g. {@code apikey:<key id>}. */
    String KEY_ATTRIBUTE = "mentorcred.rate-limit-key";

    /** The limit's name: its configuration and its buckets ({@code <name>:<caller>}). */
    @Nonbinding
    String value();

    /** Calls per window unless configured. */
    @Nonbinding
    int requests() default 600;

    /** The window (a {@link java.time.Duration} text such as {@code 1m} or {@code PT1M}) unless configured. */
    @Nonbinding
    String window() default "1m";
}
