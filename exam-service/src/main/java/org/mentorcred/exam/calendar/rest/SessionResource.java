package org.mentorcred.exam.calendar.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.mentorcred.commons.security.Roles;
import org.mentorcred.exam.calendar.SessionStatus;
import org.mentorcred.exam.calendar.repository.SessionFilter;
import org.mentorcred.exam.calendar.service.CalendarService;
import org.mentorcred.exam.common.Level;
import org.mentorcred.exam.common.QueryParams;

@Path("/api/v1/sessions")
@Tag(name = "Exam calendar", description = "Exam sessions at testing centres: public to browse, admins maintain them")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    @Inject
    CalendarService service;

    @GET
    @PermitAll
    @Operation(summary = "List exam sessions",
            description = "Paged, earliest first. level=PM lists PM sessions and sessions open to every level; from/to "
                    + "are dates at each centre; minSeatsLeft=1 lists sessions that still have a seat.")
    @APIResponse(responseCode = "200", description = "A page of sessions")
    @APIResponse(responseCode = "400", description = "Invalid query parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<SessionView> list(@Valid @BeanParam PageParams page,
            @Parameter(description = "AM, PM, SM or MM", example = "PM") @QueryParam("level")
            @Pattern(regexp = "AM|PM|SM|MM", message = "must be AM, PM, SM or MM") String level,
            @Parameter(description = "ISO 3166-1 alpha-2", example = "GB") @QueryParam("country")
            @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO country code, e.g. GB") String country,
            @Parameter(description = "City, case-insensitive", example = "London") @QueryParam("city") String city,
            @Parameter(description = "Only this centre") @QueryParam("centreId") String centreId,
            @Parameter(description = "First date (at the centre), YYYY-MM-DD", example = "2027-01-01") @QueryParam("from") String from,
            @Parameter(description = "Last date (at the centre), YYYY-MM-DD", example = "2027-12-31") @QueryParam("to") String to,
            @Parameter(description = "At least this many seats left", example = "1") @QueryParam("minSeatsLeft")
            @Min(1) @Max(10_000) Integer minSeatsLeft,
            @Parameter(description = "SCHEDULED (default) or CANCELLED") @QueryParam("status") @DefaultValue("SCHEDULED")
            @Pattern(regexp = "SCHEDULED|CANCELLED", message = "must be SCHEDULED or CANCELLED") String status) {
        SessionFilter filter = new SessionFilter(QueryParams.enumValue("level", level, Level.class), country,
                city == null || city.isBlank() ? null : city.strip(), QueryParams.uuid("centreId", centreId),
                QueryParams.date("from", from), QueryParams.date("to", to), minSeatsLeft,
                SessionStatus.valueOf(status));
        return service.list(filter, page);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "Get an exam session")
    @APIResponse(responseCode = "200", description = "The session and its seats")
    @APIResponse(responseCode = "404", description = "No such session",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SessionView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an exam session", description = "A session outside the template, e.g. an extra sitting.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "PM session",
            value = "{\"centreId\":\"c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f\",\"level\":\"PM\",\"localStartsAt\":\"2027-04-10T10:00:00\"}")))
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid session",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The centre already has such a session at that time (slot-taken)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown or inactive centre, or a start in the past",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response add(@Valid @NotNull NewSessionRequest request) {
        SessionView created = service.add(request);
        return Response.created(URI.create("/api/v1/sessions/" + created.id())).entity(created).build();
    }

    @POST
    @Path("/{id}/move")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move an exam session",
            description = "New start, centre and/or seats. Each candidate booked on it gets an ExamBookingMoved event "
                    + "(in the same transaction) when the start or the centre changes.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "one week later",
            value = "{\"localStartsAt\":\"2027-03-27T09:00:00\",\"version\":0}")))
    @APIResponse(responseCode = "200", description = "The moved session")
    @APIResponse(responseCode = "400", description = "Nothing to change, or an invalid field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such session",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Cancelled or started session, slot taken, fewer seats than "
            + "bookings, or a stale version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown or inactive centre, or a start in the past",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SessionView move(@PathParam("id") UUID id, @Valid @NotNull MoveSessionRequest request) {
        return service.move(id, request);
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel an exam session",
            description = "Every active booking on it is cancelled and its candidate gets an ExamBookingCancelled "
                    + "event with reason SESSION_CANCELLED (in the same transaction). The reason is optional: the body "
                    + "may be {} or empty.")
    @APIResponse(responseCode = "200", description = "The cancelled session")
    @APIResponse(responseCode = "400", description = "Invalid reason",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such session",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already cancelled, or already started",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SessionView cancel(@PathParam("id") UUID id, @Valid CancelSessionRequest request) {
        return service.cancel(id, request == null ? null : request.reason());
    }
}
