package org.mentorcred.infra.jwt;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Signs RS256 JWTs of the shape the services expect: {@code iss}, {@code sub}, {@code upn},
 * {@code aud}, {@code groups} (the roles), {@code iat}, {@code exp}, {@code jti}, and optionally {@code email} with
 * {@code email_verified} (the OpenID Connect claims: whether the identity provider has confirmed the address).
 */
public final class JwtTokens {

    /** The issuer the services accept by default ({@code mp.jwt.verify.issuer}). */
    public static final String DEFAULT_ISSUER = "https://auth.mentorcred.local";
    /** The audience the services accept by default ({@code mp.jwt.verify.audiences}). */
    public static final String DEFAULT_AUDIENCE = "mentorcred-api";

    private JwtTokens() {
    }

    /** A token whose {@code email}, if any, the identity provider has not verified. */
    public static String sign(PrivateKey key, String issuer, String subject, List<String> roles, String email,
            Duration ttl) {
        return sign(key, issuer, subject, roles, email, false, ttl);
    }

    public static String sign(PrivateKey key, String issuer, String subject, List<String> roles, String email,
            boolean emailVerified, Duration ttl) {
        Instant now = Instant.now();
        StringBuilder claims = new StringBuilder("{");
        field(claims, "iss", issuer);
        field(claims, "aud", DEFAULT_AUDIENCE);
        field(claims, "sub", subject);
        field(claims, "upn", subject);
        if (email != null) {
            field(claims, "email", email);
            claims.append("\"email_verified\":").append(emailVerified).append(',');
        }
        claims.append("\"groups\":[");
        for (int i = 0; i < roles.size(); i++) {
            claims.append(i == 0 ? "" : ",").append('"').append(escape(roles.get(i))).append('"');
        }
        claims.append("],");
        field(claims, "jti", UUID.randomUUID().toString());
        claims.append("\"iat\":").append(now.getEpochSecond()).append(',');
        claims.append("\"exp\":").append(now.plus(ttl).getEpochSecond()).append('}');

        return signClaims(key, claims.toString());
    }

    /** An RS256 JWT of exactly these claims (a JSON object), signed with {@code key}: for tests of odd claims. */
    public static String signClaims(PrivateKey key, String claimsJson) {
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String signingInput = base64Url(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64Url(claimsJson.getBytes(StandardCharsets.UTF_8));
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + base64Url(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign a JWT", e);
        }
    }

    private static void field(StringBuilder json, String name, String value) {
        json.append('"').append(name).append("\":\"").append(escape(value)).append("\",");
    }

    private static String escape(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    public static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
