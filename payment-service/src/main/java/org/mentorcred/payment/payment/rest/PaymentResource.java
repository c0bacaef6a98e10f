package org.mentorcred.payment.payment.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

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
import org.mentorcred.commons.problem.ProblemException;
import org.mentorcred.commons.security.CurrentUser;
import org.mentorcred.commons.security.Roles;
import org.mentorcred.payment.idempotency.IdempotencyService;
import org.mentorcred.payment.idempotency.StoredResponse;
import org.mentorcred.payment.invoice.service.InvoiceService;
import org.mentorcred.payment.refund.Refund;
import org.mentorcred.payment.refund.rest.RefundRequest;
import org.mentorcred.payment.refund.rest.RefundView;
import org.mentorcred.payment.refund.service.RefundService;

@Path("/api/v1/payments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payments", description = "Payment attempts and their refunds")
public class PaymentResource {

    @Inject
    InvoiceService invoices;

    @Inject
    RefundService refunds;

    @Inject
    IdempotencyService idempotency;

    @Inject
    CurrentUser user;

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.APPLICANT, Roles.FINANCE, Roles.ADMIN })
    @Operation(summary = "Get a payment", description = "With its refunds. Poll it while it awaits confirmation.")
    @APIResponse(responseCode = "200", description = "The payment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaymentView.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Another applicant's payment",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such payment",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PaymentView get(@PathParam("id") UUID id) {
        return invoices.payment(id);
    }

    @POST
    @Path("/{id}/refunds")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.FINANCE)
    @Tag(name = "Refunds", description = "Giving money back (finance)")
    @Operation(summary = "Refund a payment",
            description = "In full (no amount) or in part; never more than was paid minus what is refunded or being "
                    + "refunded. When the whole payment has been refunded the invoice becomes REFUNDED. An "
                    + "Idempotency-Key is optional; with one, a retry answers the first response again.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RefundRequest.class),
            examples = {
                    @ExampleObject(name = "partial", value = "{\"amount\":\"31.00\",\"reason\":\"Exam fee charged twice\"}"),
                    @ExampleObject(name = "full", value = "{\"reason\":\"Goodwill refund\"}") }))
    @APIResponse(responseCode = "201", description = "Refunded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RefundView.class)))
    @APIResponse(responseCode = "202", description = "Recorded; the provider could not be reached, it is retried",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RefundView.class)))
    @APIResponse(responseCode = "400", description = "Missing reason, invalid amount or Idempotency-Key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not finance",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such payment",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The payment did not succeed or is refunded in full, or a request "
            + "with this Idempotency-Key is still being processed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "More than can be refunded (refundable in the problem), or the "
            + "Idempotency-Key was used for a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "502", description = "The provider refused the refund",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response refund(@PathParam("id") UUID id,
            @Parameter(name = IdempotencyService.HEADER, in = ParameterIn.HEADER,
                    description = "Optional: a unique value per refund, sent again unchanged on a retry",
                    example = "9c1f0b7e-2d4a-4c3b-8e5f-6a7b8c9d0e1f")
            @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
            @Valid @NotNull RefundRequest request) {
        String path = "/api/v1/payments/" + id + "/refunds";
        if (idempotencyKey == null) {
            return respond(refunds.refund(id, request.amount(), request.reason(), user.subject(), null)).toResponse(false);
        }
        return idempotency.execute(user.subject(), idempotencyKey, "POST", path, request,
                idempotent -> respond(refunds.refund(id, request.amount(), request.reason(), user.subject(), idempotent)));
    }

    private StoredResponse respond(Refund refund) {
        return switch (refund.status) {
            case SUCCEEDED -> idempotency.json(201, RefundView.of(refund), null);
            case PENDING -> idempotency.json(202, RefundView.of(refund), null);
            case FAILED -> throw new ProblemException(502, "refund-failed", "Bad gateway", refund.failureReason)
                    .with("refundId", refund.id);
        };
    }
}
