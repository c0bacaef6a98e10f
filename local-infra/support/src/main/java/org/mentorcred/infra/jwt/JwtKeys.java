package org.mentorcred.infra.jwt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * The RSA key pair that signs tokens for local use: {@code private.pem} (PKCS#8) and {@code public.pem}
 * (X.509), generated once into a git-ignored folder. The services verify tokens with the public key; in
 * production they are pointed at the identity provider's key instead.
 */
public final class JwtKeys {

    public static final String PRIVATE_KEY_FILE = "private.pem";
    public static final String PUBLIC_KEY_FILE = "public.pem";

    private JwtKeys() {
    }

    /** Generates the pair into {@code dir} unless it is already there; returns the public key's path. */
    public static synchronized Path ensure(Path dir) {
        Path privateKey = dir.resolve(PRIVATE_KEY_FILE);
        Path publicKey = dir.resolve(PUBLIC_KEY_FILE);
        if (Files.exists(privateKey) && Files.exists(publicKey)) {
            return publicKey;
        }
        try {
            Files.createDirectories(dir);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            writeAtomically(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            try {
                Files.setPosixFilePermissions(privateKey, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // best effort
            }
            writeAtomically(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            return publicKey;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the JWT keys to " + dir, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static PrivateKey loadPrivateKey(Path dir) {
        try {
            String pem = Files.readString(dir.resolve(PRIVATE_KEY_FILE));
            String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (IOException e) {
            throw new UncheckedIOException("No JWT signing key in " + dir, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Unreadable JWT signing key in " + dir, e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static void writeAtomically(Path target, String content) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        Files.writeString(tmp, content);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
