package org.mentorcred.application.credential.rest;

import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorcred.application.credential.signing.IssuerKeys;

/** The issuer's public keys, where JOSE tooling looks for them. */
@Path("/.well-known/jwks.json")
@Tag(name = "Credentials", description = "Issued credentials: verification, Open Badges, registry listing, permanent status")
@PermitAll
public class JwksResource {

    @Inject
    IssuerKeys keys;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Get the issuer's public keys",
            description = "The JSON Web Key Set that verifies badges and status lists: the current RS256 key (kid = its RFC 7638 "
                    + "thumbprint) and any retired keys still honoured.")
    @APIResponse(responseCode = "200", description = "The key set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "keys", value = """
                    {"keys":[{"kty":"RSA","use":"sig","alg":"RS256","kid":"NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs",\
                    "n":"0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx...","e":"AQAB"}]}""")))
    public Map<String, Object> jwks() {
        return keys.jwks();
    }
}
