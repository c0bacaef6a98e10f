package org.mentorcred.exam.result.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorcred.exam.result.service.ResultService;

@Path("/api/v1/exam-weights")
@Tag(name = "Results")
@Produces(MediaType.APPLICATION_JSON)
public class WeightsResource {

    @Inject
    ResultService service;

    @GET
    @PermitAll
    @Operation(summary = "Topic weights and pass marks per level",
            description = "The weight table in force (versioned data; each level sums to 100 %) and each level's pass "
                    + "mark, read-only.")
    @APIResponse(responseCode = "200", description = "The scoring rules")
    public WeightsView weights() {
        return service.weights();
    }
}
