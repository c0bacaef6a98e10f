package org.mentorcred.application.credential.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorcred.application.common.ETags;
import org.mentorcred.application.credential.mapping.CredentialView;
import org.mentorcred.application.credential.service.CredentialStatusService;
import org.mentorcred.commons.problem.Problem;
import org.mentorcred.commons.security.Roles;

/** An admin suspends, reinstates and revokes credentials, each with a reason. */
@Path("/api/v1/credentials/{number}")
@Tag(name = "Credential status", description = "Suspension, reinstatement and revocation (admin)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@APIResponse(responseCode = "400", description = "No reason, or one over 1000 characters",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not an admin",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such credential",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "409", description = "Not possible from the current status (illegal-transition, with currentState), "
        + "or changed concurrently",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "412", description = "If-Match names an older version",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class CredentialStatusResource {

    @Schema(description = "Why (required; the holder is told)")
    public record ReasonRequest(@NotBlank @Size(max = 1000) @Schema(examples = "Complaint under investigation") String reason) {
    }

    @Inject
    CredentialStatusService service;

    @POST
    @Path("/suspension")
    @Operation(summary = "Suspend a credential",
            description = "ACTIVE to SUSPENDED: verification shows it, its bit in the suspension status list is set, and "
                    + "CredentialSuspended tells the holder.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReasonRequest.class),
            examples = @ExampleObject(name = "complaint", value = "{\"reason\":\"Complaint under investigation\"}")))
    @APIResponse(responseCode = "200", description = "Suspended",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CredentialView.class)))
    public Response suspend(@PathParam("number") String number, @Valid @NotNull ReasonRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "ETag read last (optional)") String ifMatch) {
        return ok(service.suspend(number, request.reason().strip(), ifMatch));
    }

    @DELETE
    @Path("/suspension")
    @Operation(summary = "Reinstate a suspended credential",
            description = "SUSPENDED to ACTIVE (EXPIRED if its validity ended meanwhile); the suspension bit is cleared and "
                    + "CredentialReinstated tells the holder.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReasonRequest.class),
            examples = @ExampleObject(name = "cleared", value = "{\"reason\":\"Investigation closed without finding\"}")))
    @APIResponse(responseCode = "200", description = "Reinstated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CredentialView.class)))
    public Response reinstate(@PathParam("number") String number, @Valid @NotNull ReasonRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "ETag read last (optional)") String ifMatch) {
        return ok(service.reinstate(number, request.reason().strip(), ifMatch));
    }

    @POST
    @Path("/revocation")
    @Operation(summary = "Revoke a credential",
            description = "For good, from ACTIVE, SUSPENDED or EXPIRED: verification shows REVOKED, its bit in the revocation "
                    + "status list is set, and CredentialRevoked tells the holder.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReasonRequest.class),
            examples = @ExampleObject(name = "ethics", value = "{\"reason\":\"Breach of the code of ethics\"}")))
    @APIResponse(responseCode = "200", description = "Revoked",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CredentialView.class)))
    public Response revoke(@PathParam("number") String number, @Valid @NotNull ReasonRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "ETag read last (optional)") String ifMatch) {
        return ok(service.revoke(number, request.reason().strip(), ifMatch));
    }

    private static Response ok(CredentialView view) {
        return Response.ok(view).tag(ETags.tag(view.version())).build();
    }
}
