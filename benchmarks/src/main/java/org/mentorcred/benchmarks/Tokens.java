package org.mentorcred.benchmarks;

import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.mentorcred.infra.jwt.JwtKeys;
import org.mentorcred.infra.jwt.JwtTokens;

/**
 * Bearer tokens the suite accepts, signed once per subject and role (signing is not what we measure), vouching for
 * the subject's address {@link #email} as an identity provider does: partner records are matched to verified ones
 * only, so a submission looks them up as a real applicant's does.
 */
final class Tokens {

    private final PrivateKey key;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    Tokens(Path jwtDir) {
        this.key = JwtKeys.loadPrivateKey(jwtDir);
    }

    String of(String role, String subject) {
        return cache.computeIfAbsent(role + " " + subject, k -> JwtTokens.sign(key, JwtTokens.DEFAULT_ISSUER, subject,
                List.of(role), email(subject), true, Duration.ofHours(6)));
    }

    /** The e-mail of a benchmark's applicant (their profile's, and their token's, verified). */
    static String email(String subject) {
        return subject + "@bench.example.org";
    }

    String admin() {
        return of("admin", "bench-admin");
    }
}
