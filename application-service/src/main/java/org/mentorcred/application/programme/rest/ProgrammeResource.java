package org.mentorcred.application.programme.rest;

import java.util.Arrays;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorcred.application.programme.Programme;
import org.mentorcred.application.programme.ProgrammeCatalogue;
import org.mentorcred.application.programme.ProgrammeCatalogueStore;
import org.mentorcred.application.programme.ProgrammeCode;
import org.mentorcred.commons.problem.Problem;
import org.mentorcred.commons.problem.ProblemException;

/** The programme catalogue, read-only and public: front ends show what an application needs before sign-in. */
@Path("/api/v1/programmes")
@Tag(name = "Programmes", description = "What one can apply for, and what a complete application contains")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class ProgrammeResource {

    @Inject
    ProgrammeCatalogueStore catalogue;

    @GET
    @Operation(summary = "List the programmes",
            description = "Every programme with the sections a complete application contains (one of anyOf per requirement).")
    @APIResponse(responseCode = "200", description = "The catalogue in force",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgrammeCatalogue.class),
                    examples = @ExampleObject(name = "excerpt", value = """
                            {"version":"2026-12","programmes":[{"code":"IPMA_SM","name":"Level 3 Senior Mentor","awards":"IPMA_SM",\
                            "requirements":[{"field":"engagements","anyOf":["engagements"],"description":null},\
                            {"field":"ethics","anyOf":["ethics"],"description":null},\
                            {"field":"prerequisite","anyOf":["credentialsHeld","trainings"],\
                            "description":"Senior Mentor needs the Professional Mentor credential or equivalent training"}]}]}""")))
    public ProgrammeCatalogue list() {
        return catalogue.current();
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "Read a programme")
    @APIResponse(responseCode = "200", description = "The programme",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Programme.class)))
    @APIResponse(responseCode = "404", description = "No such programme",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Programme get(@PathParam("code") String code) {
        ProgrammeCode programme = Arrays.stream(ProgrammeCode.values()).filter(c -> c.name().equals(code)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Programme", code));
        return catalogue.current().programme(programme);
    }
}
