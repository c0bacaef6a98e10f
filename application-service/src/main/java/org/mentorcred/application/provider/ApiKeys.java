package org.mentorcred.application.provider;

import java.security.SecureRandom;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The format of partner API keys: {@code mcpk_<key id>_<secret>}. The prefix makes a leaked key easy to spot
 * (secret scanners, logs); the 8-character key id finds the stored key without the secret; the 40-character
 * base-62 secret (about 238 bits) is only ever stored as its SHA-256, which suffices for a secret this random.
 */
public final class ApiKeys {

    public static final String PREFIX = "mcpk_";
    static final int KEY_ID_LENGTH = 8;
    static final int SECRET_LENGTH = 40;

    private static final String KEY_ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final String SECRET_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final Pattern FORMAT = Pattern.compile(
            Pattern.quote(PREFIX) + "([a-z0-9]{" + KEY_ID_LENGTH + "})_([A-Za-z0-9]{" + SECRET_LENGTH + "})");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeys() {
    }

    public record Parsed(String keyId, String secret) {

        public String key() {
            return PREFIX + keyId + "_" + secret;
        }
    }

    public static Parsed generate() {
        return new Parsed(random(KEY_ID_ALPHABET, KEY_ID_LENGTH), random(SECRET_ALPHABET, SECRET_LENGTH));
    }

    public static Optional<Parsed> parse(String key) {
        if (key == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(key.strip());
        return m.matches() ? Optional.of(new Parsed(m.group(1), m.group(2))) : Optional.empty();
    }

    private static String random(String alphabet, int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return s.toString();
    }
}
