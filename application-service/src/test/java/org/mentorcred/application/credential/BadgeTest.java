package org.mentorcred.application.credential;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorcred.application.support.Fixtures.PROBLEM;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.junit.jupiter.api.Test;
import org.mentorcred.application.support.VcJwts;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

/** Open Badges 3.0 as a VC-JWT, verified against the published JWKS by an independent JOSE library. */
@QuarkusTest
class BadgeTest {

    @Inject
    Issued issued;

    @Test
    void theBadgeIsAnOpenBadgeCredentialSignedByTheIssuerKeyOfTheJwks() throws Exception {
        Issued.Holder holder = issued.cpm();
        String jwt = VcJwts.badge(holder.number());

        JsonNode header = VcJwts.header(jwt);
        assertEquals("RS256", header.get("alg").asText());
        assertEquals("vc+jwt", header.get("typ").asText());
        String kid = header.get("kid").asText();
        given().when().get("/.well-known/jwks.json").then().statusCode(200)
                .body("keys", hasSize(1))
                .body("keys[0].kid", equalTo(kid))
                .body("keys[0].kty", equalTo("RSA"))
                .body("keys[0].alg", equalTo("RS256"))
                .body("keys[0].d", org.hamcrest.Matchers.nullValue());

        JwtClaims claims = VcJwts.verify(jwt);
        assertEquals(VcJwts.ISSUER, claims.getIssuer());

        JsonNode vc = VcJwts.payload(jwt);
        assertEquals(List.of("https://www.w3.org/ns/credentials/v2",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"), strings(vc.get("@context")));
        assertEquals(List.of("VerifiableCredential", "OpenBadgeCredential"), strings(vc.get("type")));
        assertEquals(VcJwts.ISSUER, vc.at("/issuer/id").asText());
        assertEquals(List.of("Profile"), strings(vc.at("/issuer/type")));
        assertEquals("Certified Professional Mentor", vc.get("name").asText());
        assertEquals("Certification", vc.at("/credentialSubject/achievement/achievementType").asText());
        assertEquals("Certified Professional Mentor", vc.at("/credentialSubject/achievement/name").asText());
        assertTrue(vc.at("/credentialSubject/achievement/criteria/narrative").asText().length() > 10);
        assertEquals("Amara Okafor", vc.at("/credentialSubject/identifier/0/identityHash").asText());
        assertEquals("name", vc.at("/credentialSubject/identifier/0/identityType").asText());

        Map<String, Object> view = given().when().get("/api/v1/credentials/" + holder.number() + "/verification")
                .then().statusCode(200).extract().as(Map.class);
        Instant validFrom = Instant.parse(vc.get("validFrom").asText());
        Instant validUntil = Instant.parse(vc.get("validUntil").asText());
        assertEquals(Instant.parse((String) view.get("issuedAt")).getEpochSecond(), validFrom.getEpochSecond());
        assertEquals(Instant.parse((String) view.get("expiresAt")).getEpochSecond(), validUntil.getEpochSecond());
        assertEquals(validUntil.getEpochSecond(), claims.getExpirationTime().getValue(), "exp is validUntil");
        assertEquals(validFrom.getEpochSecond(), claims.getNotBefore().getValue(), "nbf is validFrom");

        JsonNode status = vc.get("credentialStatus");
        assertEquals(2, status.size());
        for (JsonNode entry : status) {
            assertEquals("BitstringStatusListEntry", entry.get("type").asText());
            String purpose = entry.get("statusPurpose").asText();
            assertTrue(List.of("revocation", "suspension").contains(purpose), purpose);
            String list = entry.get("statusListCredential").asText();
            assertTrue(list.matches("http://.*/api/v1/credentials/status-lists/" + purpose + "-\\d+"), list);
            assertEquals(list + "#" + entry.get("statusListIndex").asText(), entry.get("id").asText());

            JsonNode statusList = VcJwts.statusList(list);
            assertEquals(List.of("VerifiableCredential", "BitstringStatusListCredential"), strings(statusList.get("type")));
            assertEquals(list, statusList.get("id").asText());
            assertEquals("BitstringStatusList", statusList.at("/credentialSubject/type").asText());
            assertEquals(purpose, statusList.at("/credentialSubject/statusPurpose").asText());
            byte[] bits = VcJwts.bits(statusList);
            assertTrue(bits.length >= 16 * 1024, "at least 131072 entries: " + bits.length * 8);
            assertFalse(VcJwts.isSet(bits, Integer.parseInt(entry.get("statusListIndex").asText())),
                    "a fresh credential is neither revoked nor suspended");
        }
    }

    @Test
    void aTamperedBadgeDoesNotVerify() throws Exception {
        Issued.Holder holder = issued.cpm();
        String jwt = VcJwts.badge(holder.number());
        String[] parts = jwt.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("Amara Okafor", "Mallory Okafor");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertThrows(InvalidJwtException.class, () -> VcJwts.verify(forged));
        VcJwts.verify(jwt);
    }

    @Test
    void unknownBadgesAndStatusListsAre404() {
        given().when().get("/api/v1/credentials/MC-CPM-1999-999999/badge")
                .then().statusCode(404).contentType(PROBLEM);
        given().when().get("/api/v1/credentials/status-lists/revocation-99999")
                .then().statusCode(404).contentType(PROBLEM);
        given().when().get("/api/v1/credentials/status-lists/expiry-0")
                .then().statusCode(404).contentType(PROBLEM);
        given().when().get("/api/v1/credentials/status-lists/suspension-0")
                .then().statusCode(200).body(notNullValue());
    }

    private static List<String> strings(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
