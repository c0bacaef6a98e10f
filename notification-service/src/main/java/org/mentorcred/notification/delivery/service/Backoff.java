package org.mentorcred.notification.delivery.service;

import java.time.Duration;

/**
 * When to try a failed email again: {@code initial} after the first failure, doubling after each further one
 * up to {@code max}; no further attempt once {@code maxAttempts} have failed.
 */
public record Backoff(Duration initial, Duration max, int maxAttempts) {

    public Backoff {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("Invalid delivery backoff: initial " + initial + ", max " + max
                    + ", max attempts " + maxAttempts);
        }
    }

    /** The wait after failed attempt number {@code attempt} (1-based), or null if it was the last one. */
    public Duration retryAfter(int attempt) {
        if (attempt >= maxAttempts) {
            return null;
        }
        Duration delay = initial;
        for (int i = 1; i < attempt && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
