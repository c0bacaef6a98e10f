package org.mentorcred.application.support;

import static io.restassured.RestAssured.given;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.zip.GZIPInputStream;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.lang.JoseException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads and verifies what the service signs, the way an outside verifier would: the JWKS fetched over HTTP, the
 * signature checked by jose4j (a JOSE library the service's signer does not use), the status list decoded by hand.
 */
public final class VcJwts {

    public static final String ISSUER = "https://mentorcred.org";

    private VcJwts() {
    }

    public static String badge(String number) {
        return given().when().get("/api/v1/credentials/" + number + "/badge")
                .then().statusCode(200).contentType("application/vc+jwt").extract().asString();
    }

    /** Verifies the signature (RS256 only, key from the published JWKS, typ vc+jwt) and returns the claims. */
    public static JwtClaims verify(String jwt) throws InvalidJwtException {
        String jwks = given().when().get("/.well-known/jwks.json").then().statusCode(200).extract().asString();
        JwtConsumer consumer;
        try {
            consumer = new JwtConsumerBuilder()
                    .setVerificationKeyResolver(new JwksVerificationKeyResolver(new JsonWebKeySet(jwks).getJsonWebKeys()))
                    .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                    .setExpectedType(true, "vc+jwt")
                    .setExpectedIssuer(ISSUER)
                    .setRequireJwtId()
                    .build();
        } catch (JoseException e) {
            throw new AssertionError("The JWKS is not a valid key set: " + jwks, e);
        }
        return consumer.processToClaims(jwt);
    }

    public static JsonNode header(String jwt) {
        return part(jwt, 0);
    }

    public static JsonNode payload(String jwt) {
        return part(jwt, 1);
    }

    private static JsonNode part(String jwt, int index) {
        try {
            return Journeys.JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[index]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The status list credential an entry points at, fetched and verified. */
    public static JsonNode statusList(String statusListCredentialUrl) throws InvalidJwtException {
        String path = statusListCredentialUrl.substring(statusListCredentialUrl.indexOf("/api/v1/"));
        String jwt = given().when().get(path).then().statusCode(200).contentType("application/vc+jwt").extract().asString();
        verify(jwt);
        return payload(jwt);
    }

    /** The bitstring of a status list credential: multibase u, base64url, GZIP. */
    public static byte[] bits(JsonNode statusListCredential) {
        String encoded = statusListCredential.at("/credentialSubject/encodedList").asText();
        if (!encoded.startsWith("u")) {
            throw new AssertionError("encodedList is not multibase base64url: " + encoded);
        }
        byte[] gzip = Base64.getUrlDecoder().decode(encoded.substring(1));
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Index 0 is the left-most bit of the first byte. */
    public static boolean isSet(byte[] bits, int index) {
        return (bits[index / 8] >> (7 - index % 8) & 1) == 1;
    }

    /** The status bit of a badge's entry for {@code purpose}. */
    public static boolean statusBit(String number, String purpose) throws InvalidJwtException {
        JsonNode badge = payload(badge(number));
        for (JsonNode entry : badge.get("credentialStatus")) {
            if (purpose.equals(entry.get("statusPurpose").asText())) {
                JsonNode list = statusList(entry.get("statusListCredential").asText());
                if (!purpose.equals(list.at("/credentialSubject/statusPurpose").asText())) {
                    throw new AssertionError("The " + purpose + " entry points at a list of another purpose");
                }
                return isSet(bits(list), Integer.parseInt(entry.get("statusListIndex").asText()));
            }
        }
        throw new AssertionError("The badge has no " + purpose + " status entry");
    }
}
