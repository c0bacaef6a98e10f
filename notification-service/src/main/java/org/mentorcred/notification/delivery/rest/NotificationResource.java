package org.mentorcred.notification.delivery.rest;

import java.net.URI;
import java.util.Locale;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorcred.commons.api.Page;
import org.mentorcred.commons.api.PageParams;
import org.mentorcred.commons.problem.Problem;
import org.mentorcred.commons.security.Roles;
import org.mentorcred.notification.delivery.Notification;
import org.mentorcred.notification.delivery.NotificationStatus;
import org.mentorcred.notification.delivery.repository.NotificationRepository;
import org.mentorcred.notification.delivery.service.NotificationService;

/** The delivery log for admins: what was sent to whom, what failed and why, and sending an email again. */
@Path("/api/v1/notifications")
@Tag(name = "Notifications", description = "The delivery log of the emails the suite sends")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    private static final String EXAMPLE = """
            {"id":"5b0e2f4c-8a71-4c1e-9d3b-2f6a8c0e1d47","eventId":"9c1d7e2a-3b4f-4a5c-8d6e-7f8091a2b3c4",
             "eventType":"org.mentorcred.payment.InvoiceIssued.v1","applicationId":"3f0c2a9e-5b1d-4c8e-9a47-2d6b8e1f0a11",
             "template":"invoice-issued","recipient":"amara.okafor@example.org","language":"en",
             "subject":"Invoice INV-2026-000123: USD 170.00 due by 20 December 2026","status":"SENT","attempts":1,
             "lastError":null,"nextAttemptAt":null,"sentAt":"2026-11-20T10:15:34Z","createdAt":"2026-11-20T10:15:33Z",
             "resendOf":null}""";

    @Inject
    NotificationService notifications;

    @GET
    @Operation(summary = "List notifications",
            description = "The delivery log, newest first, filtered by application, recipient, status or template.")
    @APIResponse(responseCode = "200", description = "A page of notifications",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Page.class),
                    examples = @ExampleObject(name = "one sent email",
                            value = "{\"items\":[" + EXAMPLE + "],\"page\":0,\"size\":20,\"total\":1,\"totalPages\":1}")))
    @APIResponse(responseCode = "400", description = "Invalid filter or paging",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<NotificationView> list(
            @QueryParam("applicationId") @Pattern(regexp = UUID_PATTERN, message = "must be a UUID")
            @Parameter(description = "Only this application's emails", example = "3f0c2a9e-5b1d-4c8e-9a47-2d6b8e1f0a11")
            String applicationId,
            @QueryParam("recipient") @Email
            @Parameter(description = "Only emails to this address (case-insensitive)", example = "amara.okafor@example.org")
            String recipient,
            @QueryParam("status") @Pattern(regexp = "WAITING_FOR_RECIPIENT|PENDING|SENT|FAILED",
                    message = "must be WAITING_FOR_RECIPIENT, PENDING, SENT or FAILED")
            @Parameter(description = "WAITING_FOR_RECIPIENT, PENDING, SENT or FAILED", example = "FAILED")
            String status,
            @QueryParam("template") @Pattern(regexp = "[a-z-]{1,60}", message = "must be a template name")
            @Parameter(description = "Only emails from this template", example = "invoice-issued")
            String template,
            @Valid @BeanParam PageParams paging) {
        NotificationRepository.Filter filter = new NotificationRepository.Filter(
                applicationId == null ? null : UUID.fromString(applicationId),
                recipient == null ? null : recipient.toLowerCase(Locale.ROOT),
                status == null ? null : NotificationStatus.valueOf(status),
                template);
        return notifications.search(filter, paging).map(NotificationView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a notification", description = "One email of the log with its text and HTML parts.")
    @APIResponse(responseCode = "200", description = "The notification",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NotificationDetail.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such notification",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public NotificationDetail get(@PathParam("id") @Parameter(description = "The notification's id") UUID id) {
        return NotificationDetail.of(notifications.get(id));
    }

    @POST
    @Path("/{id}/resend")
    @Operation(summary = "Resend a notification",
            description = "Queues the same email to the same recipient again, as a new notification (resendOf names the "
                    + "original). Only a SENT or FAILED email can be resent; each call sends one more email.")
    @APIResponse(responseCode = "201", description = "The new notification, queued",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NotificationView.class),
                    examples = @ExampleObject(name = "queued", value = """
                            {"id":"0d2c6b1e-7f3a-4e59-b8c4-1a2b3c4d5e6f","eventId":"9c1d7e2a-3b4f-4a5c-8d6e-7f8091a2b3c4",
                             "eventType":"org.mentorcred.payment.InvoiceIssued.v1",
                             "applicationId":"3f0c2a9e-5b1d-4c8e-9a47-2d6b8e1f0a11","template":"invoice-issued",
                             "recipient":"amara.okafor@example.org","language":"en",
                             "subject":"Invoice INV-2026-000123: USD 170.00 due by 20 December 2026","status":"PENDING",
                             "attempts":0,"lastError":null,"nextAttemptAt":"2026-11-22T09:00:00Z","sentAt":null,
                             "createdAt":"2026-11-22T09:00:00Z","resendOf":"5b0e2f4c-8a71-4c1e-9d3b-2f6a8c0e1d47"}""")))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such notification",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The email is still queued or waits for its recipient",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response resend(@PathParam("id") @Parameter(description = "The notification to send again") UUID id) {
        Notification copy = notifications.resend(id);
        return Response.created(URI.create("/api/v1/notifications/" + copy.id)).entity(NotificationView.of(copy)).build();
    }
}
