package org.mentorcred.application.bench.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorcred.application.bench.BaselineService;
import org.mentorcred.application.bench.BenchConfig;
import org.mentorcred.commons.problem.Problem;
import org.mentorcred.commons.problem.ProblemException;
import org.mentorcred.commons.security.CurrentUser;
import org.mentorcred.commons.security.Roles;

/**
 * The bare endpoint the benchmarks measure intake against (benchmarks/README.md). Off by default: then it
 * answers 404 like any unknown resource.
 */
@Path("/api/v1/bench/baseline")
@Tag(name = "Benchmark", description = "Yardstick for the benchmarks; off unless mentorcred.bench.baseline-endpoint.enabled=true")
@Produces(MediaType.APPLICATION_JSON)
public class BaselineResource {

    @Schema(description = "The row inserted")
    public record BaselineRow(UUID id) {
    }

    @Inject
    BenchConfig config;

    @Inject
    BaselineService service;

    @Inject
    CurrentUser user;

    @POST
    @RolesAllowed({ Roles.APPLICANT, Roles.ADMIN })
    @Operation(summary = "Insert one row with no logic (benchmarks only)",
            description = "Same HTTP, token check, connection pool and transaction as the real endpoints, but no "
                    + "validation, lookup or event: the yardstick of the intake benchmark. 404 unless the service runs "
                    + "with mentorcred.bench.baseline-endpoint.enabled=true.")
    @APIResponse(responseCode = "201", description = "Inserted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BaselineRow.class),
                    examples = @ExampleObject(name = "row", value = "{\"id\":\"0b6f3c1e-2a4d-4e8f-9c7b-5d1a2e3f4b60\"}")))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Neither applicant nor admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "The endpoint is switched off (the default)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response insert() {
        if (!config.baselineEndpoint().enabled()) {
            throw ProblemException.notFound("Resource", "/api/v1/bench/baseline");
        }
        return Response.status(Response.Status.CREATED).entity(new BaselineRow(service.insert(user.subject()))).build();
    }
}
