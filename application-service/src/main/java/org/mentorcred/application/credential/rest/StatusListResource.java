package org.mentorcred.application.credential.rest;

import org.mentorcred.commons.http.RateLimited;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorcred.application.credential.service.StatusLists;
import org.mentorcred.application.credential.signing.VcJwtSigner;
import org.mentorcred.commons.problem.Problem;

/** The W3C Bitstring Status Lists every badge points at; public, so verifiers need no account. */
@Path("/api/v1/credentials/status-lists")
@Tag(name = "Credentials", description = "Issued credentials: verification, Open Badges, registry listing, permanent status")
@PermitAll
@RateLimited(value = "public-credentials", requests = 120, window = "1m")
@APIResponse(responseCode = "429", description = "Too many requests from this address; try again after Retry-After seconds",
        headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = SchemaType.INTEGER)),
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class StatusListResource {

    @Inject
    StatusLists statusLists;

    @GET
    @Path("/{listId}")
    @Produces(VcJwtSigner.MEDIA_TYPE)
    @Operation(summary = "Get a status list",
            description = "A BitstringStatusListCredential (statusPurpose revocation or suspension) as a VC-JWT signed by the "
                    + "issuer's key. encodedList is the multibase (u) base64url of the GZIP of a 131072-bit bitstring; a "
                    + "credential's bit is set while it is revoked (for good) or suspended.")
    @APIResponse(responseCode = "200", description = "The compact JWS",
            content = @Content(mediaType = VcJwtSigner.MEDIA_TYPE, schema = @Schema(implementation = String.class)))
    @APIResponse(responseCode = "404", description = "No such list",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public String get(@PathParam("listId") @Parameter(description = "revocation-<n> or suspension-<n>", example = "revocation-0")
            String listId) {
        return statusLists.signedList(listId);
    }
}
