package org.mentorcred.application.credential.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorcred.application.credential.mapping.CredentialView;
import org.mentorcred.application.credential.service.CredentialService;
import org.mentorcred.commons.api.Page;
import org.mentorcred.commons.api.PageParams;
import org.mentorcred.commons.problem.Problem;
import org.mentorcred.commons.security.Roles;

/** The caller's own credentials. */
@Path("/api/v1/me/credentials")
@Tag(name = "Credentials", description = "Issued credentials: verification, Open Badges, registry listing, permanent status")
@Produces(MediaType.APPLICATION_JSON)
public class MyCredentialsResource {

    @Inject
    CredentialService service;

    @GET
    @RolesAllowed(Roles.APPLICANT)
    @Operation(summary = "List my credentials", description = "The caller's credentials, newest first (without history).")
    @APIResponse(responseCode = "200", description = "A page of credentials",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Page.class)))
    @APIResponse(responseCode = "400", description = "Invalid paging",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an applicant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<CredentialView> mine(@Valid @BeanParam PageParams paging) {
        return service.mine(paging);
    }
}
