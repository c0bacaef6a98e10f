package org.mentorcred.application.process.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import org.mentorcred.application.process.UnexpectedEvent;
import org.mentorcred.application.process.UnexpectedEventView;
import org.mentorcred.application.process.repository.UnexpectedEventRepository;
import org.mentorcred.commons.api.Page;
import org.mentorcred.commons.api.PageParams;
import org.mentorcred.commons.problem.Problem;
import org.mentorcred.commons.security.Roles;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

@Path("/api/v1/admin/unexpected-events")
@Tag(name = "Operations", description = "What operators look at")
@Produces(MediaType.APPLICATION_JSON)
public class UnexpectedEventResource {

    @Inject
    UnexpectedEventRepository repository;

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    @Operation(summary = "Unexpected events",
            description = "Events of other services that did not fit their application's state, or named an unknown "
                    + "application: acknowledged and recorded rather than failing the consumer. Newest first.")
    @APIResponse(responseCode = "200", description = "A page of unexpected events",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Page.class)))
    @APIResponse(responseCode = "400", description = "Invalid paging",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<UnexpectedEventView> list(
            @QueryParam("applicationId") @Parameter(description = "Only those of this application") UUID applicationId,
            @Valid @BeanParam PageParams paging) {
        PanacheQuery<UnexpectedEvent> query = repository.search(applicationId, paging);
        return Page.of(query.list().stream().map(UnexpectedEventView::of).toList(), paging, query::count);
    }
}
