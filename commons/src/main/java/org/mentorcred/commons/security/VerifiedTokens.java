package org.mentorcred.commons.security;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * Verifies each bearer token once and remembers the result until the token expires. A front end sends the same
 * token with every request for its lifetime, and checking its RSA signature and claims again each time took a third
 * of a service's processor time under the benchmarks' load (benchmarks/RESULTS.md). The key is the whole token, so
 * only the very token that was verified is ever answered from here; an entry leaves at the token's {@code exp}
 * (after that, smallrye-jwt decides again, with its clock skew) or {@code mentorcred.security.verified-tokens.max-age}
 * (5 minutes) after it was verified, whichever comes first, and at most {@code mentorcred.security.verified-tokens.max}
 * tokens are kept (least recently used leave first; 0 turns the cache off). Tokens that fail verification are never
 * kept. The maximum age bounds what a verification key withdrawn from the identity provider can still admit: tokens
 * verified with it before, for at most that long.
 * <p>
 * Quarkus's bearer-token mechanism verifies through {@link JWTParser#parse(String)}; this alternative takes the
 * default parser's place and adds the memory and the claim checks smallrye-jwt does not make ({@link #checkClaims}).
 * Whatever goes wrong in verifying is a {@link ParseException}, which the mechanism answers with 401.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens extends DefaultJWTParser {

    private static final String METRIC = "mentorcred.security.bearer.tokens";

    @Inject
    Instance<MeterRegistry> meters;

    @ConfigProperty(name = "mentorcred.security.verified-tokens.max", defaultValue = "1024")
    int max;

    @ConfigProperty(name = "mentorcred.security.verified-tokens.max-age", defaultValue = "PT5M")
    Duration maxAge;

    /** The longest a token may live ({@code exp - iat}); an identity provider's access tokens live minutes. */
    @ConfigProperty(name = "mentorcred.security.tokens.max-lifetime", defaultValue = "PT24H")
    Duration maxLifetime;

    @ConfigProperty(name = "mp.jwt.verify.clock.skew", defaultValue = "60")
    long clockSkewSeconds;

    private Cache<String, JsonWebToken> verified;
    private Counter cachedCount;
    private Counter verifiedCount;

    @PostConstruct
    void init() {
        verified = max <= 0 ? null : Caffeine.newBuilder()
                .maximumSize(max)
                .expireAfter(new UntilTokenExpires(maxAge.toNanos()))
                .build();
        if (meters.isResolvable()) {
            cachedCount = meters.get().counter(METRIC, "outcome", "cached");
            verifiedCount = meters.get().counter(METRIC, "outcome", "verified");
        }
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = verified == null ? null : verified.getIfPresent(token);
        if (known != null && !expired(known)) {
            count(cachedCount);
            return known;
        }
        JsonWebToken fresh;
        try {
            fresh = super.parse(token);
        } catch (RuntimeException e) { // a claim of the wrong shape (groups an object, say): a bad token, not a bug
            throw new ParseException("The token's claims are malformed", e);
        }
        checkClaims(fresh);
        count(verifiedCount);
        if (verified != null && fresh.getExpirationTime() > 0 && !expired(fresh)) {
            verified.put(token, fresh);
        }
        return fresh;
    }

    /**
     * What smallrye-jwt leaves unchecked: a subject that names someone, an {@code iat} that is not in the future
     * (beyond the clock skew), and a lifetime ({@code exp - iat}) of at most
     * {@code mentorcred.security.tokens.max-lifetime}, so a token minted to last for years does not.
     */
    private void checkClaims(JsonWebToken jwt) throws ParseException {
        String subject = jwt.getSubject();
        if (subject == null || subject.isBlank()) {
            throw new ParseException("The token names no subject");
        }
        long issuedAt = jwt.getIssuedAtTime();
        long now = System.currentTimeMillis() / 1000;
        if (issuedAt <= 0 || issuedAt > now + clockSkewSeconds) {
            throw new ParseException("The token's issue time is missing or in the future");
        }
        if (jwt.getExpirationTime() - issuedAt > maxLifetime.toSeconds()) {
            throw new ParseException("The token lives longer than " + maxLifetime);
        }
    }

    /** Belt and braces next to the cache's own expiry: never answer with a token past its {@code exp}. */
    private static boolean expired(JsonWebToken token) {
        return System.currentTimeMillis() / 1000 >= token.getExpirationTime();
    }

    private static void count(Counter counter) {
        if (counter != null) {
            counter.increment();
        }
    }

    /** Until the token's {@code exp}, and no longer than the maximum age. */
    private static final class UntilTokenExpires implements Expiry<String, JsonWebToken> {

        private final long maxAgeNanos;

        UntilTokenExpires(long maxAgeNanos) {
            this.maxAgeNanos = maxAgeNanos;
        }

        @Override
        public long expireAfterCreate(String token, JsonWebToken jwt, long now) {
            long millisLeft = jwt.getExpirationTime() * 1000 - System.currentTimeMillis();
            return Math.min(maxAgeNanos, TimeUnit.MILLISECONDS.toNanos(Math.max(0, millisLeft)));
        }

        @Override
        public long expireAfterUpdate(String token, JsonWebToken jwt, long now, long currentDuration) {
            return expireAfterCreate(token, jwt, now);
        }

        @Override
        public long expireAfterRead(String token, JsonWebToken jwt, long now, long currentDuration) {
            return currentDuration;
        }
    }
}
