package org.mentorcred.exam.calendar.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorcred.commons.problem.Problem;
import org.mentorcred.commons.security.Roles;
import org.mentorcred.exam.calendar.service.CalendarService;

@Path("/api/v1/calendar")
@Tag(name = "Exam calendar")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {

    @Inject
    CalendarService service;

    @GET
    @Path("/template")
    @PermitAll
    @Operation(summary = "The quarterly calendar template",
            description = "Which day of which months sessions are held and their local start times (configuration).")
    @APIResponse(responseCode = "200", description = "The template")
    public TemplateView template() {
        return service.template();
    }

    @POST
    @Path("/generate")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Generate a year of sessions from the template",
            description = "Per centre (the listed ones, or every active one), per template date and start time (local "
                    + "to the centre): one session per listed level, or one open to every level. Idempotent: a template "
                    + "slot gets its session once, even if that session was moved or cancelled since.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "2027, all centres, all levels together",
            value = "{\"year\":2027}")))
    @APIResponse(responseCode = "200", description = "What was created and what existed already")
    @APIResponse(responseCode = "400", description = "Invalid request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A listed centre is unknown or inactive",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public GenerateResult generate(@Valid @NotNull GenerateRequest request) {
        return service.generate(request);
    }
}
