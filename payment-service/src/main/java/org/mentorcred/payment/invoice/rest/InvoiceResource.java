package org.mentorcred.payment.invoice.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorcred.commons.api.Page;
import org.mentorcred.commons.api.PageParams;
import org.mentorcred.commons.problem.Problem;
import org.mentorcred.commons.problem.ProblemException;
import org.mentorcred.commons.security.CurrentUser;
import org.mentorcred.commons.security.Roles;
import org.mentorcred.payment.api.QueryParams;
import org.mentorcred.payment.config.Links;
import org.mentorcred.payment.idempotency.IdempotencyService;
import org.mentorcred.payment.invoice.Invoice;
import org.mentorcred.payment.invoice.service.InvoiceService;
import org.mentorcred.payment.payment.Payment;
import org.mentorcred.payment.payment.rest.PaymentRequest;
import org.mentorcred.payment.payment.rest.PaymentView;
import org.mentorcred.payment.payment.service.PaymentService;

@Path("/api/v1/invoices")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Invoices", description = "Invoices, paying them, and their receipts")
public class InvoiceResource {

    @Inject
    InvoiceService invoices;

    @Inject
    PaymentService payments;

    @Inject
    IdempotencyService idempotency;

    @Inject
    CurrentUser user;

    /** The list page's type, named for the OpenAPI document. */
    @Schema(name = "InvoicePage")
    public static class InvoicePage {
        public List<InvoiceView> items;
        public int page;
        public int size;
        public long total;
        public long totalPages;
    }

    @GET
    @RolesAllowed({ Roles.APPLICANT, Roles.FINANCE, Roles.ADMIN })
    @Operation(summary = "List invoices",
            description = "Newest first. An applicant sees their own invoices only; finance and admin see all.")
    @APIResponse(responseCode = "200", description = "A page of invoices",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InvoicePage.class)))
    @APIResponse(responseCode = "400", description = "Invalid filter or page",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role not allowed, or another applicant's application",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<InvoiceView> list(
            @Parameter(description = "Only this application's invoices",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("applicationId") String applicationId,
            @Parameter(description = "Only invoices in this status",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "OPEN", "PAID", "VOID", "REFUNDED" }))
            @QueryParam("status") String status,
            @Valid @BeanParam PageParams page) {
        return invoices.list(QueryParams.uuid("applicationId", applicationId),
                QueryParams.oneOf("status", status, Invoice.Status.class), page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.APPLICANT, Roles.FINANCE, Roles.ADMIN })
    @Operation(summary = "Get an invoice")
    @APIResponse(responseCode = "200", description = "The invoice",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InvoiceView.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Another applicant's invoice",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such invoice",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public InvoiceView get(@PathParam("id") UUID id) {
        return invoices.get(id);
    }

    @GET
    @Path("/{id}/receipt")
    @RolesAllowed({ Roles.APPLICANT, Roles.FINANCE, Roles.ADMIN })
    @Operation(summary = "Get the receipt of a paid invoice", description = "Available once the invoice is paid "
            + "(also after a refund, which it lists).")
    @APIResponse(responseCode = "200", description = "The receipt",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReceiptView.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Another applicant's invoice",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such invoice",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The invoice has not been paid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReceiptView receipt(@PathParam("id") UUID id) {
        return invoices.receipt(id);
    }

    @GET
    @Path("/{id}/payments")
    @RolesAllowed({ Roles.APPLICANT, Roles.FINANCE, Roles.ADMIN })
    @Tag(name = "Payments")
    @Operation(summary = "List the payment attempts of an invoice", description = "Oldest first.")
    @APIResponse(responseCode = "200", description = "The payments",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = PaymentView.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Another applicant's invoice",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such invoice",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<PaymentView> payments(@PathParam("id") UUID id) {
        return invoices.payments(id);
    }

    @POST
    @Path("/{id}/payments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.APPLICANT, Roles.FINANCE })
    @Tag(name = "Payments")
    @Operation(summary = "Pay an invoice",
            description = "Charges the invoice's total to a card. Idempotent: send a fresh Idempotency-Key per payment "
                    + "and the same key when retrying; a retry answers the first response again (same status and "
                    + "body, header Idempotent-Replayed: true). Keys are kept 24 hours and scoped to the caller. "
                    + "An invoice is charged at most once, however many requests race.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PaymentRequest.class),
            examples = @ExampleObject(name = "sandbox card", value = "{\"card\":{\"number\":\"4242424242424242\","
                    + "\"expMonth\":12,\"expYear\":2030,\"cvc\":\"123\",\"holderName\":\"Amara Okafor\"}}")))
    @APIResponse(responseCode = "201", description = "Paid; the invoice is PAID",
            headers = @Header(name = "Location", description = "The payment", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaymentView.class)))
    @APIResponse(responseCode = "202", description = "Waiting for the card holder's confirmation (nextAction "
            + "await_confirmation); the outcome arrives by webhook",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaymentView.class)))
    @APIResponse(responseCode = "400", description = "Missing Idempotency-Key, or an invalid field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "402", description = "The card was declined (reason, declineCode and paymentId in the problem)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Another applicant's invoice",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such invoice",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Invoice already paid, void or refunded; another payment of it "
            + "is in progress; or a request with this Idempotency-Key is still being processed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused for a different request, invalid card "
            + "number or unknown provider",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response pay(@PathParam("id") UUID id,
            @Parameter(name = IdempotencyService.HEADER, in = ParameterIn.HEADER, required = true,
                    description = "A unique value per payment (a UUID, say), sent again unchanged on a retry",
                    example = "5b0d7c1e-3f4a-4e9b-8c2d-1a6f0e9b7c3d")
            @HeaderParam(IdempotencyService.HEADER) String idempotencyKey,
            @Valid @NotNull PaymentRequest request) {
        String path = "/api/v1/invoices/" + id + "/payments";
        return idempotency.execute(user.subject(), idempotencyKey, "POST", path, request, idempotent -> {
            Payment payment = payments.pay(id, request, idempotent);
            PaymentView view = PaymentView.of(payment, List.of());
            String location = Links.paymentPath(payment.id);
            return switch (payment.status) {
                case SUCCEEDED -> idempotency.json(201, view, location);
                case PENDING -> idempotency.json(202, view, location);
                case FAILED -> throw new ProblemException(402, "payment-declined", "Payment declined",
                        payment.failureReason)
                        .with("paymentId", payment.id)
                        .with("declineCode", payment.declineCode);
            };
        });
    }
}
