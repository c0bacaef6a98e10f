package org.mentorcred.application.review.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorcred.application.review.mapping.InformationRequestView;
import org.mentorcred.application.review.service.InformationRequestService;
import org.mentorcred.commons.problem.Problem;
import org.mentorcred.commons.security.Roles;

@Path("/api/v1/applications/{applicationId}/information-requests")
@Tag(name = "Information requests", description = "A reviewer asks the applicant for more; the applicant answers")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Role not allowed, or another applicant's application",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such application (or request)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class InformationRequestResource {

    @Schema(description = "A reviewer's question")
    public record Question(@NotBlank @Size(max = 4000)
    @Schema(examples = "Please give the dates of your second engagement.") String question) {
    }

    @Schema(description = "The applicant's answer")
    public record AnswerText(@NotBlank @Size(max = 8000)
    @Schema(examples = "It ran from 2024-02-01 to 2024-09-30.") String answer) {
    }

    @Inject
    InformationRequestService service;

    @GET
    @RolesAllowed({ Roles.APPLICANT, Roles.REVIEWER, Roles.ADMIN })
    @Operation(summary = "Requests for information", description = "The reviewer's questions and the answers, oldest first.")
    @APIResponse(responseCode = "200", description = "The requests",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InformationRequestView.class, type = SchemaType.ARRAY)))
    public List<InformationRequestView> list(@PathParam("applicationId") UUID applicationId) {
        return service.list(applicationId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "Ask the applicant for information", description = "While the application is UNDER_REVIEW.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Question.class),
            examples = @ExampleObject(name = "dates", value = "{\"question\":\"Please give the dates of your second engagement.\"}")))
    @APIResponse(responseCode = "201", description = "Asked",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InformationRequestView.class)))
    @APIResponse(responseCode = "400", description = "No question, or too long",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not UNDER_REVIEW (not-under-review, with currentState)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response ask(@PathParam("applicationId") UUID applicationId, @Valid @NotNull Question question) {
        InformationRequestView view = service.ask(applicationId, question.question().strip());
        return Response.created(URI.create("/api/v1/applications/" + applicationId + "/information-requests/" + view.id()))
                .entity(view).build();
    }

    @POST
    @Path("/{requestId}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.APPLICANT)
    @Operation(summary = "Answer a request for information", description = "The application's owner answers, once.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AnswerText.class),
            examples = @ExampleObject(name = "dates", value = "{\"answer\":\"It ran from 2024-02-01 to 2024-09-30.\"}")))
    @APIResponse(responseCode = "200", description = "Answered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InformationRequestView.class)))
    @APIResponse(responseCode = "400", description = "No answer, or too long",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already answered (information-request-answered), or not UNDER_REVIEW",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public InformationRequestView answer(@PathParam("applicationId") UUID applicationId,
            @PathParam("requestId") UUID requestId, @Valid @NotNull AnswerText answer) {
        return service.answer(applicationId, requestId, answer.answer().strip());
    }
}
