package org.mentorcred.application.review.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorcred.application.common.ETags;
import org.mentorcred.application.review.ReferenceCheck;
import org.mentorcred.application.review.mapping.ReferenceCheckView;
import org.mentorcred.application.review.mapping.ReviewQueueItem;
import org.mentorcred.application.review.mapping.ReviewView;
import org.mentorcred.application.review.service.ReviewService;
import org.mentorcred.commons.api.Page;
import org.mentorcred.commons.api.PageParams;
import org.mentorcred.commons.problem.Problem;
import org.mentorcred.commons.security.Roles;

@Path("/api/v1/review")
@Tag(name = "Review", description = "The reviewer's desk: queue, assignment, reference checks and decisions")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not a reviewer (admins read)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ReviewResource {

    @Schema(description = "A decision: APPROVED, or REJECTED with at least one reason")
    public record DecisionRequest(
            @NotNull ReviewService.Decision decision,
            @Size(max = 20) @Schema(description = "Required for REJECTED; optional remarks for APPROVED",
                    examples = "[\"Only one of the two references confirmed the engagement\"]")
            List<@NotBlank @Size(max = 1000) String> reasons) {
    }

    @Schema(description = "The outcome of a reference check the reviewer made by phone or e-mail")
    public record ManualCheckRequest(
            @NotNull @Schema(description = "PHONE or EMAIL") ReferenceCheck.Method method,
            @NotNull @Schema(description = "The referee confirmed the engagement") Boolean confirmed,
            @Size(max = 2000) @Schema(examples = "Confirmed on the phone, 12 Jan") String comment) {
    }

    @Inject
    ReviewService service;

    @GET
    @Path("/queue")
    @RolesAllowed({ Roles.REVIEWER, Roles.ADMIN })
    @Operation(summary = "The review queue",
            description = "Applications UNDER_REVIEW, earliest target date first. The target is the entered-review date "
                    + "plus the weeks of the slowest training centre type among the application's trainings "
                    + "(ACCREDITED 4, ENDORSED 6, NON_ACCREDITED 10); overdue ones are flagged.")
    @APIResponse(responseCode = "200", description = "A page of the queue",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Page.class),
                    examples = @ExampleObject(name = "one", value = """
                            {"items":[{"applicationId":"3f0c2a9e-5b1d-4c8e-9a47-2d6b8e1f0a11","programme":"IMC_CPM",\
                            "applicant":{"applicantId":"7a1e4c52-0d3b-4f6a-8e2c-5b9d1a3c7e40","subject":"amara",\
                            "name":"Amara Okafor","email":"amara.okafor@example.org"},"enteredReviewAt":"2027-01-10T09:00:00Z",\
                            "targetDate":"2027-02-07","targetWeeks":4,"targetBasis":"ACCREDITED","overdue":false,\
                            "assignee":null,"assignedAt":null,"referenceChecks":{"requested":1,"manual":0,"confirmed":0,\
                            "denied":0},"openInformationRequests":0}],"page":0,"size":20,"total":1,"totalPages":1}""")))
    @APIResponse(responseCode = "400", description = "Invalid paging",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<ReviewQueueItem> queue(@Valid @BeanParam PageParams paging) {
        return service.queue(paging);
    }

    @GET
    @Path("/applications/{applicationId}")
    @RolesAllowed({ Roles.REVIEWER, Roles.ADMIN })
    @Operation(summary = "An application's review", description = "Its target date, reviewer and decision.")
    @APIResponse(responseCode = "200", description = "The review",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewView.class)))
    @APIResponse(responseCode = "404", description = "No such application",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The application has not reached review (not-under-review, with currentState)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReviewView review(@PathParam("applicationId") UUID applicationId) {
        return service.get(applicationId);
    }

    @POST
    @Path("/applications/{applicationId}/assignment")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "Take an application",
            description = "Assigns the application under review to the calling reviewer. Taking it again is harmless; "
                    + "one another reviewer has taken is a 409.")
    @APIResponse(responseCode = "200", description = "Assigned to the caller",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewView.class)))
    @APIResponse(responseCode = "404", description = "No such application",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not UNDER_REVIEW (not-under-review, with currentState), or another "
            + "reviewer has it (already-assigned, with assignee)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReviewView assign(@PathParam("applicationId") UUID applicationId) {
        return service.assignToCaller(applicationId);
    }

    @POST
    @Path("/applications/{applicationId}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "Decide an application",
            description = "UNDER_REVIEW to APPROVED, or to REJECTED with reasons (required). Emits ApplicationDecided; an "
                    + "approval issues the credential in the same transaction. The decider must be the reviewer who took "
                    + "the application (an unassigned one becomes theirs).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DecisionRequest.class),
            examples = { @ExampleObject(name = "approve", value = "{\"decision\":\"APPROVED\"}"),
                    @ExampleObject(name = "reject", value = "{\"decision\":\"REJECTED\",\"reasons\":[\"The referee denied the engagement\"]}") }))
    @APIResponse(responseCode = "200", description = "Decided",
            headers = @Header(name = HttpHeaders.ETAG, description = "The application's new version", schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewView.class)))
    @APIResponse(responseCode = "400", description = "No or unknown decision, or a blank reason",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such application",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not UNDER_REVIEW (illegal-transition, with currentState), or another "
            + "reviewer has it (assigned-to-another-reviewer)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version of the application",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A rejection without reasons (reasons-required)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response decide(@PathParam("applicationId") UUID applicationId, @Valid @NotNull DecisionRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "The application's ETag read last (optional)") String ifMatch) {
        ReviewView view = service.decide(applicationId, request.decision(), request.reasons(), ifMatch);
        return Response.ok(view).tag(ETags.tag(view.version())).build();
    }

    @GET
    @Path("/applications/{applicationId}/reference-checks")
    @RolesAllowed({ Roles.REVIEWER, Roles.ADMIN })
    @Operation(summary = "An application's reference checks",
            description = "One per reference: REQUESTED (a link went to the referee), MANUAL (to check by phone or e-mail), "
                    + "CONFIRMED or DENIED, with how and when.")
    @APIResponse(responseCode = "200", description = "The checks",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReferenceCheckView.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No such application",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<ReferenceCheckView> referenceChecks(@PathParam("applicationId") UUID applicationId) {
        return service.referenceChecks(applicationId);
    }

    @POST
    @Path("/applications/{applicationId}/reference-checks/{checkId}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REVIEWER)
    @Operation(summary = "Record a reference check made by hand",
            description = "The reviewer phoned or e-mailed the referee. A link sent for this reference stops working.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ManualCheckRequest.class),
            examples = @ExampleObject(name = "phone", value = "{\"method\":\"PHONE\",\"confirmed\":true,\"comment\":\"Confirmed dates and hours\"}")))
    @APIResponse(responseCode = "200", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferenceCheckView.class)))
    @APIResponse(responseCode = "400", description = "Missing method or outcome, or comment too long",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such application, or no such check on it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not UNDER_REVIEW (not-under-review), or already answered "
            + "(reference-check-answered)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Method LINK (only the referee answers through the link)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReferenceCheckView recordCheck(@PathParam("applicationId") UUID applicationId,
            @PathParam("checkId") UUID checkId, @Valid @NotNull ManualCheckRequest request) {
        String comment = request.comment() == null || request.comment().isBlank() ? null : request.comment().strip();
        return service.recordByHand(applicationId, checkId, request.method(), request.confirmed(), comment);
    }
}
