package org.mentorcred.application.credential.signing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.mentorcred.application.common.Sha256;
import org.mentorcred.application.credential.config.CredentialsConfig;

import io.quarkus.runtime.Startup;

/**
 * The issuer's RS256 signing key and the public keys anyone verifies badges with. The key is read from
 * {@code mentorcred.credentials.signing.key-location} (PEM, PKCS#8), or, for local use, generated once into
 * {@code generated-key-dir} and kept there. Its key id is the RFC 7638 thumbprint of the public key, so a new key
 * gets a new id by itself; retired public keys stay in the JWKS so that what they signed still verifies.
 */
@ApplicationScoped
@Startup
public class IssuerKeys {

    private static final Logger LOG = Logger.getLogger(IssuerKeys.class);
    private static final String GENERATED_FILE = "issuer-private.pem";

    private final PrivateKey privateKey;
    private final RSAPublicKey publicKey;
    private final String keyId;
    private final List<Map<String, Object>> jwks;

    @Inject
    public IssuerKeys(CredentialsConfig config) {
        Path location = config.signing().keyLocation().orElse(null);
        if (location == null) {
            location = generatedKey(config.signing().generatedKeyDir());
        }
        RSAPrivateCrtKey key = readPrivateKey(location);
        privateKey = key;
        publicKey = publicOf(key);
        keyId = thumbprint(publicKey);
        List<Map<String, Object>> keys = new ArrayList<>();
        keys.add(jwk(publicKey));
        for (Path retired : config.signing().retiredPublicKeys().orElse(List.of())) {
            RSAPublicKey old = readPublicKey(retired);
            if (!thumbprint(old).equals(keyId)) {
                keys.add(jwk(old));
            }
        }
        jwks = List.copyOf(keys);
        LOG.infof("Credentials are signed with key %s (%s)", keyId, location);
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public RSAPublicKey publicKey() {
        return publicKey;
    }

    /** The {@code kid} of what this issuer signs now. */
    public String keyId() {
        return keyId;
    }

    /** The JSON Web Key Set: the current key first, then retired ones. */
    public Map<String, Object> jwks() {
        return Map.of("keys", jwks);
    }

    /** A public key as a JWK (RFC 7517/7518): modulus and exponent, unsigned big-endian, base64url. */
    static Map<String, Object> jwk(RSAPublicKey key) {
        Map<String, Object> jwk = new LinkedHashMap<>();
        jwk.put("kty", "RSA");
        jwk.put("use", "sig");
        jwk.put("alg", "RS256");
        jwk.put("kid", thumbprint(key));
        jwk.put("n", base64Url(unsigned(key.getModulus())));
        jwk.put("e", base64Url(unsigned(key.getPublicExponent())));
        return jwk;
    }

    /** RFC 7638: SHA-256 over the required members in lexicographic order, without white space. */
    static String thumbprint(RSAPublicKey key) {
        String canonical = "{\"e\":\"" + base64Url(unsigned(key.getPublicExponent())) + "\",\"kty\":\"RSA\",\"n\":\""
                + base64Url(unsigned(key.getModulus())) + "\"}";
        return base64Url(Sha256.digest(canonical));
    }

    private static Path generatedKey(Path dir) {
        Path file = dir.resolve(GENERATED_FILE).toAbsolutePath().normalize();
        if (Files.exists(file)) {
            return file;
        }
        try {
            Files.createDirectories(file.getParent());
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(3072);
            byte[] pkcs8 = generator.generateKeyPair().getPrivate().getEncoded();
            // Written aside, then linked into place, which fails if the file exists: two instances starting
            // together end up with the one key that got there first.
            Path temp = Files.createTempFile(file.getParent(), "issuer-", ".tmp");
            try {
                restrict(temp);
                Files.writeString(temp, pem("PRIVATE KEY", pkcs8), StandardCharsets.US_ASCII);
                try {
                    Files.createLink(file, temp);
                } catch (UnsupportedOperationException noLinks) {
                    Files.move(temp, file);
                }
            } catch (FileAlreadyExistsException anotherInstanceWon) {
                return file;
            } finally {
                Files.deleteIfExists(temp);
            }
            LOG.warnf("Generated a credential signing key at %s. Local use only: in production set "
                    + "MENTORCRED_CREDENTIALS_SIGNING_KEY_LOCATION to one key that every instance shares.", file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the credential signing key in " + dir, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA key generation is part of every JRE", e);
        }
    }

    private static void restrict(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // Not a POSIX file system: the directory's own permissions apply.
        }
    }

    private static RSAPrivateCrtKey readPrivateKey(Path location) {
        byte[] der = derOf(location, "PRIVATE KEY");
        try {
            if (KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der)) instanceof RSAPrivateCrtKey crt) {
                return crt;
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The credential signing key " + location
                    + " is not an RSA private key in PKCS#8 PEM (BEGIN PRIVATE KEY)", e);
        }
        throw new IllegalStateException("The credential signing key " + location + " lacks its CRT parameters");
    }

    private static RSAPublicKey readPublicKey(Path location) {
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(derOf(location, "PUBLIC KEY")));
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalStateException("The retired public key " + location + " is not an RSA public key in PEM", e);
        }
    }

    private static RSAPublicKey publicOf(RSAPrivateCrtKey key) {
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] derOf(Path location, String label) {
        String text;
        try {
            text = Files.readString(location, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read key " + location, e);
        }
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalStateException("Key " + location + " holds no " + begin + " block");
        }
        return Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to));
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            byte[] trimmed = new byte[bytes.length - 1];
            System.arraycopy(bytes, 1, trimmed, 0, trimmed.length);
            return trimmed;
        }
        return bytes;
    }

    static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
