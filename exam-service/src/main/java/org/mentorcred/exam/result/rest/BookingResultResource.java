package org.mentorcred.exam.result.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorcred.commons.problem.Problem;
import org.mentorcred.commons.security.CurrentUser;
import org.mentorcred.commons.security.Roles;
import org.mentorcred.exam.result.service.ResultService;

@Path("/api/v1/bookings/{bookingId}/result")
@Tag(name = "Results", description = "Proctors record topic scores; the weighted score decides the result")
@Produces(MediaType.APPLICATION_JSON)
public class BookingResultResource {

    static final String SCORES_EXAMPLE = """
            {"scores":[{"topic":"COACHING_SKILLS","score":80},{"topic":"MENTORING_SKILLS","score":70},\
            {"topic":"SUPERVISION_SKILLS","score":60},{"topic":"KNOWLEDGE_MANAGEMENT","score":60},\
            {"topic":"TACIT_KNOWLEDGE_MANAGEMENT","score":60},{"topic":"BUSINESS_SKILLS","score":60},\
            {"topic":"TOOLS_METHODOLOGIES_TECHNOLOGIES","score":60},{"topic":"CODE_OF_ETHICS","score":90}]}""";

    @Inject
    ResultService service;

    @Inject
    CurrentUser user;

    @POST
    @RolesAllowed(Roles.PROCTOR)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the result of a booking",
            description = "A score from 0 to 100 for each of the eight topics. The weighted score (Σ score × weight / "
                    + "100 with the level's weights, rounded half up to two decimals) passes at or above the level's "
                    + "pass mark. Once per booking, after the session has started. Publishes ExamResultRecorded.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "PM scores", value = SCORES_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Recorded; Location names the result",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResultView.class)))
    @APIResponse(responseCode = "400", description = "A topic missing or repeated, or a score outside 0-100",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a proctor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such booking",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "result-exists, booking-not-active or exam-not-started",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response record(@PathParam("bookingId") UUID bookingId, @Valid @NotNull ResultRequest request) {
        ResultView result = service.record(bookingId, request, user.subject());
        return Response.created(URI.create("/api/v1/results/" + result.id())).entity(result).build();
    }

    @GET
    @RolesAllowed({ Roles.APPLICANT, Roles.PROCTOR, Roles.ADMIN })
    @Operation(summary = "Get the result of a booking", description = "A candidate reaches only their own.")
    @APIResponse(responseCode = "200", description = "The result")
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Someone else's result",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such booking, or no result yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ResultView get(@PathParam("bookingId") UUID bookingId) {
        return service.ofBooking(bookingId, user.hasAnyRole(Roles.PROCTOR, Roles.ADMIN) ? null : user.subject());
    }
}
