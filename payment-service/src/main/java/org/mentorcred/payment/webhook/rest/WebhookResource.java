package org.mentorcred.payment.webhook.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorcred.commons.problem.Problem;
import org.mentorcred.payment.webhook.WebhookSignature;
import org.mentorcred.payment.webhook.service.WebhookService;

@Path("/api/v1/payment-webhooks")
@Tag(name = "Webhooks", description = "Payment providers report asynchronous outcomes here (signed, no bearer token)")
public class WebhookResource {

    @Inject
    WebhookService webhooks;

    // No bearer token: the provider authenticates with the signature, which the service checks itself.
    @POST
    @Path("/{provider}")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Receive a provider webhook",
            description = "Header " + WebhookSignature.HEADER + ": t=<unix seconds>,v1=<hex HMAC-SHA256 of \"<t>.<raw "
                    + "body>\" keyed with the provider's webhook secret>. The timestamp must be within 5 minutes "
                    + "(configurable). Each provider event id is applied once; a replay answers 200 and changes "
                    + "nothing.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "sandbox",
            value = "{\"id\":\"evt_4f1c0a9e2b7d4c8e9a472d6b8e1f0a11\",\"type\":\"charge.succeeded\",\"created\":1795000000,"
                    + "\"data\":{\"chargeId\":\"sbx_ch_0f9e8d7c6b5a49382716f5e4d3c2b1a0\","
                    + "\"reference\":\"2c3d4e5f-6a7b-4c8d-8e9f-0a1b2c3d4e5f\",\"amount\":\"170.00\",\"currency\":\"USD\","
                    + "\"declineCode\":null,\"reason\":null}}")))
    @APIResponse(responseCode = "200", description = "Applied, a replay, or an event not acted on",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookReceipt.class)))
    @APIResponse(responseCode = "400", description = "Signed, but not a notification of this provider",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Signature missing, wrong, or outside the time tolerance",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such provider, or no payment of this provider with that reference",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WebhookReceipt receive(
            @Parameter(description = "Provider name", example = "sandbox") @PathParam("provider") String provider,
            @Parameter(name = WebhookSignature.HEADER, in = ParameterIn.HEADER, required = true,
                    description = "t=<unix seconds>,v1=<hex HMAC-SHA256>",
                    example = "t=1795000000,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd")
            @HeaderParam(WebhookSignature.HEADER) String signature,
            byte[] body) {
        return webhooks.receive(provider, signature, body);
    }
}
