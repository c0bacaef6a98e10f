package org.mentorcred.exam.authorization.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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
import org.mentorcred.exam.authorization.service.AuthorizationService;
import org.mentorcred.exam.common.QueryParams;

@Path("/api/v1/authorizations")
@Tag(name = "Exam authorisations", description = "Who may sit which exam, from application-service's ExamAuthorized")
@Produces(MediaType.APPLICATION_JSON)
public class AuthorizationResource {

    @Inject
    AuthorizationService service;

    @Inject
    CurrentUser user;

    @GET
    @RolesAllowed({ Roles.APPLICANT, Roles.PROCTOR, Roles.ADMIN })
    @Operation(summary = "List exam authorisations",
            description = "With the attempts used and left, whether passed, when a retake may be booked and the active "
                    + "booking. A candidate sees their own; proctors and admins see all.")
    @APIResponse(responseCode = "200", description = "A page of authorisations, newest first")
    @APIResponse(responseCode = "400", description = "Invalid query parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Role not allowed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<AuthorizationView> list(@Valid @BeanParam PageParams page,
            @Parameter(description = "Only this application") @QueryParam("applicationId") String applicationId) {
        String owner = user.hasAnyRole(Roles.PROCTOR, Roles.ADMIN) ? null : user.subject();
        return service.list(owner, QueryParams.uuid("applicationId", applicationId), page);
    }
}
