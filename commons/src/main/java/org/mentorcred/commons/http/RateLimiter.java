package org.mentorcred.commons.http;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.mentorcred.commons.problem.ProblemException;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.http.HttpServerRequest;

/**
 * Fixed-window rate limits counted in the service's database, so a limit holds however many instances run:
 * {@code acquire("partner:" + keyId, 600, Duration.ofMinutes(1))} passes the first 600 calls of each minute and
 * answers the rest with a 429 problem and {@code Retry-After}. Each call is one upsert in a transaction of its
 * own (a rolled-back business transaction still counts as a hit).
 */
@ApplicationScoped
public class RateLimiter {

    private static final Duration KEEP = Duration.ofDays(1);

    @Inject
    EntityManager em;

    private final AtomicLong nextCleanup = new AtomicLong();

    /** Counts one hit on {@code bucket}; throws a 429 problem if it is over {@code limit} in the current window. */
    public void acquire(String bucket, int limit, Duration window) {
        long now = System.currentTimeMillis();
        if (hit(bucket, window, now) > limit) {
            throw tooMany("More than " + limit + " requests in " + describe(window), window, now);
        }
    }

    /** Counts one hit on {@code bucket} in the current window and answers how many it now has. */
    public int hit(String bucket, Duration window) {
        return hit(bucket, window, System.currentTimeMillis());
    }

    /** The most hits any of {@code buckets} has in the current window, counting none; one query. */
    public int mostHits(Duration window, List<String> buckets) {
        long start = windowStart(window, System.currentTimeMillis());
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                SELECT COALESCE(MAX(hits), 0) FROM rate_limit_window WHERE bucket IN (?1) AND window_start = ?2""")
                .setParameter(1, buckets)
                .setParameter(2, OffsetDateTime.ofInstant(Instant.ofEpochMilli(start), ZoneOffset.UTC))
                .getSingleResult()).intValue());
    }

    /**
     * The bucket of the client's address: {@code ip:<address>} (behind a proxy, with
     * {@code quarkus.http.proxy.proxy-address-forwarding} on, the forwarded client's).
     */
    public static String addressBucket(HttpServerRequest request) {
        return "ip:" + (request == null || request.remoteAddress() == null ? "unknown"
                : request.remoteAddress().hostAddress());
    }

    /** A 429 problem saying {@code why}, with the seconds left in the current window as {@code Retry-After}. */
    public static ProblemException tooMany(String why, Duration window) {
        return tooMany(why, window, System.currentTimeMillis());
    }

    private int hit(String bucket, Duration window, long now) {
        long start = windowStart(window, now);
        int hits = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("""
                INSERT INTO rate_limit_window (bucket, window_start, hits) VALUES (?1, ?2, 1)
                ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limit_window.hits + 1
                RETURNING hits""")
                .setParameter(1, bucket)
                .setParameter(2, OffsetDateTime.ofInstant(Instant.ofEpochMilli(start), ZoneOffset.UTC))
                .getSingleResult()).intValue());
        cleanUpNowAndThen(now);
        return hits;
    }

    private static long windowStart(Duration window, long now) {
        return now - Math.floorMod(now, window.toMillis());
    }

    private static ProblemException tooMany(String why, Duration window, long now) {
        long retryAfter = Math.max(1, (windowStart(window, now) + window.toMillis() - now + 999) / 1000);
        return ProblemException.tooManyRequests(why + "; try again in " + retryAfter + " s", retryAfter);
    }

    private void cleanUpNowAndThen(long now) {
        long due = nextCleanup.get();
        if (now < due || !nextCleanup.compareAndSet(due, now + Duration.ofMinutes(10).toMillis())) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> em
                .createNativeQuery("DELETE FROM rate_limit_window WHERE window_start < ?1")
                .setParameter(1, OffsetDateTime.ofInstant(Instant.ofEpochMilli(now).minus(KEEP), ZoneOffset.UTC))
                .executeUpdate());
    }

    static String describe(Duration window) {
        if (window.toSeconds() % 3600 == 0) {
            return window.toHours() == 1 ? "an hour" : window.toHours() + " hours";
        }
        if (window.toSeconds() % 60 == 0) {
            return window.toMinutes() == 1 ? "a minute" : window.toMinutes() + " minutes";
        }
        return window.toSeconds() + " seconds";
    }
}
