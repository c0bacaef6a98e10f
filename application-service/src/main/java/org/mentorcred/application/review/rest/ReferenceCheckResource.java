package org.mentorcred.application.review.rest;

import org.mentorcred.commons.http.RateLimited;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorcred.application.review.ReferenceCheck;
import org.mentorcred.application.review.mapping.ReferenceCheckQuestion;
import org.mentorcred.application.review.service.ReferenceCheckService;
import org.mentorcred.commons.http.FailedAttempts;
import org.mentorcred.commons.http.RateLimiter;
import org.mentorcred.commons.problem.Problem;
import org.mentorcred.commons.problem.ProblemException;

import io.vertx.core.http.HttpServerRequest;

/** The referee's link: public, the token is the only credential. */
@Path("/api/v1/reference-checks/{token}")
@Tag(name = "Reference checks", description = "A referee confirms or denies an engagement through their single-use link (no login)")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@APIResponse(responseCode = "404", description = "No check has this token (reference-check-not-found)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "410", description = "The link was used (reference-check-used), has expired "
        + "(reference-check-expired), or the application is no longer under review (reference-check-closed)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@RateLimited(value = "reference-links", requests = 30, window = "1m")
@APIResponse(responseCode = "429", description = "Too many requests from this address; try again after Retry-After seconds",
        headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = SchemaType.INTEGER)),
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ReferenceCheckResource {

    @Schema(description = "The referee's answer")
    public record Answer(
            @NotNull @Schema(description = "true: the engagement took place as described; false: it did not") Boolean confirmed,
            @Size(max = 2000) @Schema(examples = "Amara mentored me through 2023; about 40 hours is right.") String comment) {
    }

    @Schema(description = "The answer was recorded")
    public record Answered(ReferenceCheck.Status status) {
    }

    @Inject
    ReferenceCheckService service;

    @Inject
    FailedAttempts failedAttempts;

    @GET
    @Operation(summary = "What a referee is asked",
            description = "The applicant's name and the engagement's dates and hours; nothing else of the application.")
    @APIResponse(responseCode = "200", description = "The question",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferenceCheckQuestion.class)))
    public ReferenceCheckQuestion question(
            @PathParam("token") @Parameter(description = "The token from the link") String token,
            @Context HttpServerRequest request) {
        return guarded(request, () -> service.question(token));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer a reference check", description = "Confirms or denies the engagement, once.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Answer.class),
            examples = @ExampleObject(name = "confirm", value = "{\"confirmed\":true,\"comment\":\"Yes, through 2023.\"}")))
    @APIResponse(responseCode = "200", description = "Recorded; the link no longer works",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Answered.class)))
    @APIResponse(responseCode = "400", description = "No answer, or comment too long",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Answered answer(@PathParam("token") @Parameter(description = "The token from the link") String token,
            @Valid @NotNull Answer answer, @Context HttpServerRequest request) {
        String comment = answer.comment() == null || answer.comment().isBlank() ? null : answer.comment().strip();
        return guarded(request, () -> new Answered(service.answer(token, answer.confirmed(), comment)));
    }

    /**
     * Guessing tokens is throttled per client address: after the window's allowance of unknown tokens
     * ({@link FailedAttempts}), every link request from that address is a 429 until the window ends.
     */
    private <T> T guarded(HttpServerRequest request, java.util.function.Supplier<T> call) {
        String bucket = "reference-link:" + RateLimiter.addressBucket(request);
        failedAttempts.refuseIfBlocked(bucket);
        try {
            return call.get();
        } catch (ProblemException e) {
            if (e.status() == 404) {
                failedAttempts.recordFailure(bucket);
            }
            throw e;
        }
    }
}
