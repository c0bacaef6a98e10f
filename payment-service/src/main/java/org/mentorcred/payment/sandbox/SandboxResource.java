package org.mentorcred.payment.sandbox;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorcred.commons.problem.Problem;
import org.mentorcred.commons.security.Roles;

import io.vertx.core.http.HttpServerRequest;

@Path("/api/v1/sandbox/payments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sandbox", description = "Drives the built-in sandbox provider (only where it is enabled)")
public class SandboxResource {

    @Inject
    SandboxService sandbox;

    @POST
    @Path("/{paymentId}/complete")
    @RolesAllowed({ Roles.FINANCE, Roles.ADMIN })
    @Operation(summary = "Confirm or fail a pending sandbox charge",
            description = "For a payment made with the card 4000000000003220 (pending confirmation): the sandbox "
                    + "settles its charge and sends this service the signed webhook a real provider would send.")
    @APIResponse(responseCode = "200", description = "The webhook was sent; webhookStatus is what the endpoint answered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SandboxDelivery.class)))
    @APIResponse(responseCode = "400", description = "outcome is not succeeded or failed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not finance or admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Sandbox disabled, or no sandbox charge for this payment",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The charge is not waiting for confirmation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "502", description = "The charge was settled but the webhook could not be delivered",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SandboxDelivery complete(@PathParam("paymentId") UUID paymentId,
            @Parameter(description = "What the card holder did", required = true,
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "succeeded", "failed" }))
            @QueryParam("outcome") String outcome,
            @Context HttpServerRequest request) {
        // Never the Host header, which the caller writes: the socket this service itself listens on.
        return sandbox.complete(paymentId, outcome, SandboxService.ownAddress(request.localAddress()));
    }
}
