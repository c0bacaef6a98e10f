package org.mentorcred.systemtests.support;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A compact RS256 JWT (a VC-JWT badge) checked against a JWKS with the JDK alone: the key named by the header's
 * {@code kid}, the signature over {@code header.payload}.
 */
public record VcJwt(JsonNode header, JsonNode payload) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Parses {@code jwt} and verifies its signature with the key of the JWKS its {@code kid} names; throws if not. */
    public static VcJwt verified(String jwt, String jwks) {
        String[] parts = jwt.strip().split("\\.");
        if (parts.length != 3) {
            throw new AssertionError("not a compact JWS: " + jwt);
        }
        try {
            JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
            JsonNode payload = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            if (!"RS256".equals(header.path("alg").asText())) {
                throw new AssertionError("alg " + header.path("alg"));
            }
            String kid = header.path("kid").asText();
            JsonNode jwk = null;
            for (JsonNode key : JSON.readTree(jwks).path("keys")) {
                if (kid.equals(key.path("kid").asText())) {
                    jwk = key;
                }
            }
            if (jwk == null) {
                throw new AssertionError("no key " + kid + " in the JWKS " + jwks);
            }
            RSAPublicKey key = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                    new BigInteger(1, Base64.getUrlDecoder().decode(jwk.path("n").asText())),
                    new BigInteger(1, Base64.getUrlDecoder().decode(jwk.path("e").asText()))));
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initVerify(key);
            rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!rs256.verify(Base64.getUrlDecoder().decode(parts[2]))) {
                throw new AssertionError("the signature does not verify with key " + kid);
            }
            return new VcJwt(header, payload);
        } catch (java.io.IOException | GeneralSecurityException e) {
            throw new AssertionError("unreadable JWT or JWKS: " + e, e);
        }
    }
}
