package org.mentorcred.exam.booking.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorcred.commons.api.Page;
import org.mentorcred.commons.api.PageParams;
import org.mentorcred.commons.problem.Problem;
import org.mentorcred.commons.security.CurrentUser;
import org.mentorcred.commons.security.Roles;
import org.mentorcred.exam.booking.BookingStatus;
import org.mentorcred.exam.booking.service.BookingService;
import org.mentorcred.exam.common.QueryParams;

@Path("/api/v1/bookings")
@Tag(name = "Bookings", description = "Authorised candidates book, move and cancel seats; proctors and admins see all")
@Produces(MediaType.APPLICATION_JSON)
public class BookingResource {

    @Inject
    BookingService service;

    @Inject
    CurrentUser user;

    @POST
    @RolesAllowed(Roles.APPLICANT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Book a seat",
            description = "For a candidate with an active exam authorisation (ExamAuthorized), at a session of their "
                    + "level (or open to every level), until the cut-off before it starts, within the attempt and "
                    + "retake rules. Publishes ExamBooked.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "book",
            value = "{\"sessionId\":\"5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9\"}")))
    @APIResponse(responseCode = "201", description = "Booked; Location names the booking",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BookingView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an applicant, or no active exam authorisation (not-authorized)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such session",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "session-full, session-cancelled, booking-closed, already-booked, "
            + "already-passed, no-attempts-left or retake-not-yet-allowed (with retakeAllowedFrom)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "full", value = """
                            {"type":"https://mentorcred.org/problems/session-full","title":"Conflict","status":409,\
                            "detail":"Session 5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9 has no seat left",\
                            "instance":"/api/v1/bookings","seats":20}""")))
    @APIResponse(responseCode = "422", description = "wrong-level (the session is for another level), or "
            + "authorization-ambiguous (say which authorisation)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Too many requests at once (busy); nothing changed, retry shortly",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response book(@Valid @NotNull BookRequest request) {
        BookingView booking = service.book(user.subject(), request);
        return Response.created(URI.create("/api/v1/bookings/" + booking.id())).entity(booking).build();
    }

    @GET
    @RolesAllowed({ Roles.APPLICANT, Roles.PROCTOR, Roles.ADMIN })
    @Operation(summary = "List bookings", description = "A candidate sees their own; proctors and admins see all.")
    @APIResponse(responseCode = "200", description = "A page of bookings, newest first")
    @APIResponse(responseCode = "400", description = "Invalid query parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role not allowed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<BookingView> list(@Valid @BeanParam PageParams page,
            @Parameter(description = "Only this session") @QueryParam("sessionId") String sessionId,
            @Parameter(description = "Only this application") @QueryParam("applicationId") String applicationId,
            @Parameter(description = "BOOKED, CANCELLED, SAT or NO_SHOW") @QueryParam("status")
            @Pattern(regexp = "BOOKED|CANCELLED|SAT|NO_SHOW", message = "must be BOOKED, CANCELLED, SAT or NO_SHOW") String status) {
        return service.list(ownerFilter(), QueryParams.uuid("sessionId", sessionId),
                QueryParams.uuid("applicationId", applicationId), QueryParams.enumValue("status", status, BookingStatus.class),
                page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.APPLICANT, Roles.PROCTOR, Roles.ADMIN })
    @Operation(summary = "Get a booking", description = "A candidate reaches only their own.")
    @APIResponse(responseCode = "200", description = "The booking")
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Someone else's booking",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such booking",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BookingView get(@PathParam("id") UUID id) {
        return service.get(id, ownerFilter());
    }

    @POST
    @Path("/{id}/reschedule")
    @RolesAllowed(Roles.APPLICANT)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move my booking to another session",
            description = "Until the cut-off before the booked session. The seats move in one transaction; the old "
                    + "booking ends (ExamBookingCancelled, reason RESCHEDULED) and a new one replaces it (ExamBooked "
                    + "with rescheduledFromSessionId).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "move",
            value = "{\"sessionId\":\"8a9b0c1d-2e3f-4a5b-8c6d-7e8f9a0b1c2d\"}")))
    @APIResponse(responseCode = "201", description = "The new booking; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BookingView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Someone else's booking, or the authorisation was revoked",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such booking or session",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "change-cutoff-passed (with changeableUntil), booking-not-active, "
            + "session-full, session-cancelled or booking-closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "wrong-level or same-session",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Too many requests at once (busy); nothing changed, retry shortly",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response reschedule(@PathParam("id") UUID id, @Valid @NotNull RescheduleRequest request) {
        BookingView booking = service.reschedule(user.subject(), id, request.sessionId());
        return Response.created(URI.create("/api/v1/bookings/" + booking.id())).entity(booking).build();
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed(Roles.APPLICANT)
    @Operation(summary = "Cancel my booking",
            description = "Until the cut-off before the session; the seat is freed. Publishes ExamBookingCancelled "
                    + "(reason CANDIDATE).")
    @APIResponse(responseCode = "200", description = "The cancelled booking")
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Someone else's booking",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such booking",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "change-cutoff-passed (with changeableUntil) or booking-not-active",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Too many requests at once (busy); nothing changed, retry shortly",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BookingView cancel(@PathParam("id") UUID id) {
        return service.cancel(user.subject(), id);
    }

    /** Candidates reach their own bookings (null: staff, who reach everyone's). */
    private String ownerFilter() {
        return user.hasAnyRole(Roles.PROCTOR, Roles.ADMIN) ? null : user.subject();
    }
}
