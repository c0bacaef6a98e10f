package org.mentorcred.application.credential.rest;

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
import org.mentorcred.application.common.Params;
import org.mentorcred.application.credential.Renewal;
import org.mentorcred.application.credential.mapping.RenewalView;
import org.mentorcred.application.credential.service.RenewalService;
import org.mentorcred.commons.api.Page;
import org.mentorcred.commons.api.PageParams;
import org.mentorcred.commons.problem.Problem;
import org.mentorcred.commons.security.Roles;

/** The reviewers' queue of renewals. */
@Path("/api/v1/renewals")
@Tag(name = "Renewals", description = "Renewing a credential with PDUs and supervision sessions")
@Produces(MediaType.APPLICATION_JSON)
public class RenewalQueueResource {

    @Inject
    RenewalService service;

    @GET
    @RolesAllowed({ Roles.REVIEWER, Roles.ADMIN })
    @Operation(summary = "List renewals by status", description = "Oldest first; by default those awaiting a decision.")
    @APIResponse(responseCode = "200", description = "A page of renewals",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Page.class)))
    @APIResponse(responseCode = "400", description = "Invalid paging or status",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a reviewer or admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<RenewalView> list(
            @QueryParam("status") @Parameter(description = "SUBMITTED (default), APPROVED or REJECTED",
                    schema = @Schema(implementation = Renewal.Status.class)) String status,
            @Valid @BeanParam PageParams paging) {
        Renewal.Status wanted = Params.enumValue(Renewal.Status.class, "status", status);
        return service.inStatus(wanted == null ? Renewal.Status.SUBMITTED : wanted, paging);
    }
}
