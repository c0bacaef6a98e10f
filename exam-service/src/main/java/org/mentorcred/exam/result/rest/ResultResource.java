package org.mentorcred.exam.result.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorcred.commons.api.Page;
import org.mentorcred.commons.api.PageParams;
import org.mentorcred.commons.problem.Problem;
import org.mentorcred.commons.security.CurrentUser;
import org.mentorcred.commons.security.Roles;
import org.mentorcred.exam.common.QueryParams;
import org.mentorcred.exam.result.service.ResultService;

@Path("/api/v1/results")
@Tag(name = "Results")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.APPLICANT, Roles.PROCTOR, Roles.ADMIN })
public class ResultResource {

    @Inject
    ResultService service;

    @Inject
    CurrentUser user;

    @GET
    @Operation(summary = "List exam results", description = "A candidate sees their own; proctors and admins see all.")
    @APIResponse(responseCode = "200", description = "A page of results, newest first")
    @APIResponse(responseCode = "400", description = "Invalid query parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role not allowed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<ResultView> list(@Valid @BeanParam PageParams page,
            @Parameter(description = "Only this application") @QueryParam("applicationId") String applicationId,
            @Parameter(description = "true or false") @QueryParam("passed")
            @Pattern(regexp = "true|false", message = "must be true or false") String passed) {
        return service.list(owner(), QueryParams.uuid("applicationId", applicationId),
                passed == null ? null : Boolean.valueOf(passed), page);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an exam result", description = "A candidate reaches only their own.")
    @APIResponse(responseCode = "200", description = "The result")
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Someone else's result",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such result",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ResultView get(@PathParam("id") UUID id) {
        return service.get(id, owner());
    }

    /** Candidates reach their own results (null: staff, who reach everyone's). */
    private String owner() {
        return user.hasAnyRole(Roles.PROCTOR, Roles.ADMIN) ? null : user.subject();
    }
}
