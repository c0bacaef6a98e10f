package org.mentorcred.commons.http;

import java.time.Duration;
import java.util.Arrays;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Throttles guessing: where a secret is the only credential (a partner's API key, a referee's link token), failed
 * attempts are counted per bucket (the client's address, the key id that was named) in the database, so the count
 * holds across instances. A bucket that has had {@code mentorcred.rate-limits.failed-attempts.max} (20) failures in
 * the current {@code mentorcred.rate-limits.failed-attempts.window} (1 minute) refuses every further attempt, right
 * or wrong, with a 429 problem and {@code Retry-After} until the window ends.
 */
@ApplicationScoped
public class FailedAttempts {

    @Inject
    RateLimiter limiter;

    @ConfigProperty(name = "mentorcred.rate-limits.failed-attempts.max", defaultValue = "20")
    int max;

    @ConfigProperty(name = "mentorcred.rate-limits.failed-attempts.window", defaultValue = "1m")
    Duration window;

    /** Throws a 429 problem if any of {@code buckets} has used up its failures of the current window. */
    public void refuseIfBlocked(String... buckets) {
        if (limiter.mostHits(window, Arrays.stream(buckets).map(FailedAttempts::key).toList()) >= max) {
            throw RateLimiter.tooMany(max + " failed attempts in " + RateLimiter.describe(window), window);
        }
    }

    /** Counts one failed attempt in each of {@code buckets}. */
    public void recordFailure(String... buckets) {
        for (String bucket : buckets) {
            limiter.hit(key(bucket), window);
        }
    }

    private static String key(String bucket) {
        return "failed:" + bucket;
    }
}
