package org.mentorcred.infra.test;

import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.List;

import org.mentorcred.infra.jwt.JwtKeys;
import org.mentorcred.infra.jwt.JwtTokens;

/** Signed bearer tokens for tests, verified by the services through {@link LocalInfraResource}. */
public final class TestTokens {

    public static final String ISSUER = JwtTokens.DEFAULT_ISSUER;

    private static PrivateKey key;

    private TestTokens() {
    }

    /**
     * A token for {@code subject} holding {@code role}, with the e-mail {@code subject@example.org} that the identity
     * provider has verified.
     */
    public static String token(String role, String subject) {
        return token(role, subject, Duration.ofHours(1));
    }

    /** As {@link #token(String, String)}, expiring {@code ttl} from now. */
    public static String token(String role, String subject, Duration ttl) {
        return JwtTokens.sign(key(), ISSUER, subject, List.of(role), subject + "@example.org", true, ttl);
    }

    /** A token for {@code subject} holding {@code role} with this {@code email} claim, verified or not. */
    public static String token(String role, String subject, String email, boolean emailVerified) {
        return JwtTokens.sign(key(), ISSUER, subject, List.of(role), email, emailVerified, Duration.ofHours(1));
    }

    /** An {@code Authorization} header value. */
    public static String bearer(String role, String subject) {
        return "Bearer " + token(role, subject);
    }

    /** A token that expired an hour ago. */
    public static String expired(String role, String subject) {
        return JwtTokens.sign(key(), ISSUER, subject, List.of(role), null, Duration.ofHours(-1));
    }

    static Path keyDir() {
        return Path.of(System.getProperty("mentorcred.test.jwt-dir", "target/test-jwt")).toAbsolutePath();
    }

    private static synchronized PrivateKey key() {
        if (key == null) {
            JwtKeys.ensure(keyDir());
            key = JwtKeys.loadPrivateKey(keyDir());
        }
        return key;
    }
}
