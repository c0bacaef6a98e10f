package org.mentorcred.application.credential.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Secures a verifiable credential as a VC-JWT (W3C VC-JOSE-COSE): the JWS payload is the credential itself, the
 * protected header says {@code typ: vc+jwt}, {@code cty: vc}, {@code alg: RS256} and the issuer key's {@code kid}.
 * Signed with the JDK's own RSA, so what verifies it (any JOSE library, with the JWKS) shares no code with it.
 */
@ApplicationScoped
public class VcJwtSigner {

    public static final String MEDIA_TYPE = "application/vc+jwt";

    @Inject
    IssuerKeys keys;

    @Inject
    ObjectMapper mapper;

    /** The compact JWS of {@code claims} (the credential, plus any registered JWT claims the caller adds). */
    public String sign(Map<String, Object> claims) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", "RS256");
        header.put("typ", "vc+jwt");
        header.put("cty", "vc");
        header.put("kid", keys.keyId());
        String signingInput = IssuerKeys.base64Url(json(header)) + "." + IssuerKeys.base64Url(json(claims));
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(keys.privateKey());
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + IssuerKeys.base64Url(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign a credential", e);
        }
    }

    private byte[] json(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Credential is not serialisable", e);
        }
    }
}
