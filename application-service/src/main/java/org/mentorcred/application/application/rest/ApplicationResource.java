package org.mentorcred.application.application.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import jakarta.ws.rs.QueryParam;
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
import org.mentorcred.application.application.ApplicationStatus;
import org.mentorcred.application.application.mapping.ApplicationSummary;
import org.mentorcred.application.application.mapping.ApplicationView;
import org.mentorcred.application.application.service.ApplicationService;
import org.mentorcred.application.common.ETags;
import org.mentorcred.application.common.Params;
import org.mentorcred.application.programme.ProgrammeCode;
import org.mentorcred.commons.api.Page;
import org.mentorcred.commons.api.PageParams;
import org.mentorcred.commons.problem.Problem;
import org.mentorcred.commons.security.Roles;

@Path("/api/v1/applications")
@Tag(name = "Applications", description = "Opening, reading, submitting and withdrawing applications")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Role not allowed, or another applicant's application",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ApplicationResource {

    @Schema(description = "Which programme to apply for")
    public record OpenRequest(@NotNull ProgrammeCode programme) {
    }

    @Schema(description = "Why the applicant withdraws (optional)")
    public record WithdrawRequest(@Size(max = 1000) @Schema(examples = "Changed my plans") String reason) {
    }

    @Inject
    ApplicationService service;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.APPLICANT)
    @Operation(summary = "Open an application",
            description = "Creates a DRAFT for the caller. Needs the caller's profile; one open application per programme.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = OpenRequest.class), examples = @ExampleObject(name = "cpm", value = "{\"programme\":\"IMC_CPM\"}")))
    @APIResponse(responseCode = "201", description = "The new draft",
            headers = @Header(name = HttpHeaders.ETAG, description = "Version for If-Match", schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "400", description = "No or unknown programme",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "No profile yet (profile-required), or an open application for the programme exists (open-application-exists, with existingApplicationId)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response open(@Valid @NotNull OpenRequest request) {
        ApplicationView view = service.open(request.programme());
        return Response.created(URI.create("/api/v1/applications/" + view.id())).entity(view)
                .tag(ETags.tag(view.version())).build();
    }

    @GET
    @RolesAllowed({ Roles.APPLICANT, Roles.REVIEWER, Roles.ADMIN })
    @Operation(summary = "List applications",
            description = "Newest first. Reviewers and admins see all applications; an applicant only their own.")
    @APIResponse(responseCode = "200", description = "A page of applications",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Page.class),
                    examples = @ExampleObject(name = "one", value = """
                            {"items":[{"id":"3f0c2a9e-5b1d-4c8e-9a47-2d6b8e1f0a11","programme":"IMC_CPM","status":"SUBMITTED",\
                            "applicant":{"applicantId":"7a1e4c52-0d3b-4f6a-8e2c-5b9d1a3c7e40","subject":"amara","name":"Amara Okafor",\
                            "email":"amara.okafor@example.org"},"createdAt":"2026-11-18T09:00:00Z","updatedAt":"2026-11-20T10:15:30Z",\
                            "submittedAt":"2026-11-20T10:15:30Z"}],"page":0,"size":20,"total":1,"totalPages":1}""")))
    @APIResponse(responseCode = "400", description = "Invalid paging or filter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<ApplicationSummary> list(
            @QueryParam("status") @Parameter(description = "Only applications in this status",
                    schema = @Schema(implementation = ApplicationStatus.class)) String status,
            @QueryParam("programme") @Parameter(description = "Only applications to this programme",
                    schema = @Schema(implementation = ProgrammeCode.class)) String programme,
            @Valid @BeanParam PageParams paging) {
        return service.list(Params.enumValue(ApplicationStatus.class, "status", status),
                Params.enumValue(ProgrammeCode.class, "programme", programme), paging);
    }

    @GET
    @Path("/{applicationId}")
    @RolesAllowed({ Roles.APPLICANT, Roles.REVIEWER, Roles.ADMIN })
    @Operation(summary = "Read an application",
            description = "With its evidence, documents, training provider and timeline. Its version is the ETag.")
    @APIResponse(responseCode = "200", description = "The application",
            headers = @Header(name = HttpHeaders.ETAG, description = "Version for If-Match", schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "404", description = "No such application",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("applicationId") UUID applicationId) {
        ApplicationView view = service.get(applicationId);
        return Response.ok(view).tag(ETags.tag(view.version())).build();
    }

    @POST
    @Path("/{applicationId}/submit")
    @RolesAllowed(Roles.APPLICANT)
    @Operation(summary = "Submit an application",
            description = "DRAFT to SUBMITTED if every section the programme requires (GET /api/v1/programmes) is filled in; "
                    + "otherwise 422 lists each missing one and nothing changes. Emits ApplicationSubmitted; a fast-track "
                    + "application gets the nearest active QTSP (TrainingProviderAssigned).")
    @APIResponse(responseCode = "200", description = "Submitted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "404", description = "No such application",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not a DRAFT (illegal-transition, with currentState), or changed concurrently",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Incomplete: one violation per missing section",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "incomplete", value = """
                            {"type":"https://mentorcred.org/problems/application-incomplete","title":"Unprocessable content",\
                            "status":422,"detail":"The application misses 2 of what IMC_CPM requires",\
                            "instance":"/api/v1/applications/3f0c2a9e-5b1d-4c8e-9a47-2d6b8e1f0a11/submit",\
                            "violations":[{"field":"references","message":"Give a reference (a letter or the referee's contact) for at least one engagement"},\
                            {"field":"supervision","message":"Fill in the supervision declaration"}]}""")))
    public Response submit(@PathParam("applicationId") UUID applicationId,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "ETag read last (optional)") String ifMatch) {
        ApplicationView view = service.submit(applicationId, ifMatch);
        return Response.ok(view).tag(ETags.tag(view.version())).build();
    }

    @POST
    @Path("/{applicationId}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.APPLICANT, Roles.ADMIN })
    @Operation(summary = "Withdraw an application",
            description = "Before a decision (not APPROVED, REJECTED, INELIGIBLE or already WITHDRAWN). The owner, or an admin "
                    + "for them. Emits ApplicationWithdrawn unless it was still a draft.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WithdrawRequest.class),
            examples = @ExampleObject(name = "reason", value = "{\"reason\":\"Changed my plans\"}")))
    @APIResponse(responseCode = "200", description = "Withdrawn",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationView.class)))
    @APIResponse(responseCode = "400", description = "Reason too long",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such application",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already decided or withdrawn (illegal-transition, with currentState)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response withdraw(@PathParam("applicationId") UUID applicationId, @Valid WithdrawRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "ETag read last (optional)") String ifMatch) {
        String reason = request == null || request.reason() == null || request.reason().isBlank() ? null
                : request.reason().strip();
        ApplicationView view = service.withdraw(applicationId, reason, ifMatch);
        return Response.ok(view).tag(ETags.tag(view.version())).build();
    }
}
