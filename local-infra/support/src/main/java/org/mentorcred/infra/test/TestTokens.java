package org.mentorcred.infra.test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.mentorcred.infra.jwt.JwtKeys;
import org.mentorcred.infra.jwt.JwtTokens;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Signed bearer tokens for tests, verified by the services through {@link LocalInfraResource}. */
public final class TestTokens {

    public static final String ISSUER = JwtTokens.DEFAULT_ISSUER;

    private static final ObjectMapper JSON = new ObjectMapper();
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

    /**
     * A token signed with the services' key whose claims are a full, valid claim set for an admin ({@code iss},
     * {@code aud}, {@code sub}, {@code upn}, {@code groups}, {@code iat}, {@code exp}, {@code jti}) with
     * {@code changes} applied: a value replaces the claim (any JSON shape: a map, a number, a boolean), {@code null}
     * removes it. With no changes it is a token the services accept, so a test of an odd claim tests only that claim.
     */
    public static String withClaims(Map<String, Object> changes) {
        return JwtTokens.signClaims(key(), claimsJson(changes));
    }

    /** The same full claim set, unsigned ({@code alg=none}). */
    public static String unsigned() {
        return JwtTokens.base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + JwtTokens.base64Url(claimsJson(Map.of()).getBytes(StandardCharsets.UTF_8)) + ".";
    }

    /** The same full claim set, signed HS256 with the services' public key as the secret (the key-confusion attack). */
    public static String hmacWithPublicKey() {
        String input = JwtTokens.base64Url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
                + "." + JwtTokens.base64Url(claimsJson(Map.of()).getBytes(StandardCharsets.UTF_8));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Files.readAllBytes(keyDir().resolve(JwtKeys.PUBLIC_KEY_FILE)), "HmacSHA256"));
            return input + "." + JwtTokens.base64Url(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String claimsJson(Map<String, Object> changes) {
        long now = Instant.now().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("aud", JwtTokens.DEFAULT_AUDIENCE);
        claims.put("sub", "admin-claims");
        claims.put("upn", "admin-claims");
        claims.put("groups", List.of("admin"));
        claims.put("iat", now);
        claims.put("exp", now + 3600);
        claims.put("jti", UUID.randomUUID().toString());
        changes.forEach((name, value) -> {
            if (value == null) {
                claims.remove(name);
            } else {
                claims.put(name, value);
            }
        });
        try {
            return JSON.writeValueAsString(claims);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
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
