package org.mentorcred.payment.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Webhook signatures: header {@code MentorCred-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256>} where the
 * HMAC (keyed with the provider's webhook secret) covers {@code "<t>.<raw body>"}. Several {@code v1}
 * values may be given (while a secret is rotated); one matching is enough. Comparison is constant-time and
 * the timestamp must be within the tolerance of now, so a captured request cannot be replayed later.
 */
public final class WebhookSignature {

    public static final String HEADER = "MentorCred-Signature";

    /** Why a signature was refused (said to the caller in general words only). */
    public static final class Invalid extends Exception {
        public Invalid(String message) {
            super(message);
        }
    }

    private WebhookSignature() {
    }

    public static String header(byte[] secret, long timestamp, byte[] body) {
        return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(hmac(secret, timestamp, body));
    }

    public static void verify(String header, byte[] body, byte[] secret, Instant now, Duration tolerance) throws Invalid {
        if (header == null || header.isBlank()) {
            throw new Invalid("The " + HEADER + " header is missing");
        }
        Long timestamp = null;
        List<String> signatures = new ArrayList<>();
        for (String part : header.split(",")) {
            String[] pair = part.trim().split("=", 2);
            if (pair.length != 2) {
                continue;
            }
            if (pair[0].equals("t")) {
                try {
                    timestamp = Long.parseLong(pair[1]);
                } catch (NumberFormatException e) {
                    throw new Invalid("The signature's timestamp is not a number");
                }
            } else if (pair[0].equals("v1")) {
                signatures.add(pair[1]);
            }
        }
        if (timestamp == null || signatures.isEmpty()) {
            throw new Invalid("The " + HEADER + " header needs t= and v1=");
        }
        long age = now.getEpochSecond() - timestamp;
        if (Math.abs(age) > tolerance.toSeconds()) {
            throw new Invalid("The signature's timestamp is outside the tolerance");
        }
        byte[] expected = hmac(secret, timestamp, body);
        boolean matched = false;
        for (String signature : signatures) {
            byte[] given;
            try {
                given = HexFormat.of().parseHex(signature);
            } catch (IllegalArgumentException e) {
                continue;
            }
            // Check every candidate: the time taken says nothing about which one (if any) matched.
            matched |= MessageDigest.isEqual(expected, given);
        }
        if (!matched) {
            throw new Invalid("No signature matches");
        }
    }

    static byte[] hmac(byte[] secret, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            mac.update(body);
            return mac.doFinal();
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
