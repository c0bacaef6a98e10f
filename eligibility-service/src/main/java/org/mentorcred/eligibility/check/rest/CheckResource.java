package org.mentorcred.eligibility.check.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.mentorcred.eligibility.check.service.CheckService;

/**
 * The pre-check front ends show before an application is submitted. Public: it stores nothing, reveals
 * nothing but the published rules, and a visitor may try it before creating an account.
 */
@Path("/api/v1/eligibility/checks")
@Tag(name = "Pre-checks", description = "Stateless eligibility checks of an evidence snapshot")
@Produces(MediaType.APPLICATION_JSON)
public class CheckResource {

    @Inject
    CheckService checks;

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check evidence against the rules",
            description = "For every programme (or the one given): eligible or not, each requirement met or not, and "
                    + "what is missing in words a person can act on. Stores nothing.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CheckRequest.class),
            examples = @ExampleObject(name = "IPMA_AM, short of hours", value = """
                    {"programme":"IPMA_AM","applicationDate":"2026-11-23","highestEducation":"BACHELOR",
                    "evidence":{"trainings":[],"engagements":[
                     {"startDate":"2025-01-06","endDate":"2025-06-30","completed":true,"hours":28,"reference":null}],
                     "supervision":null,"education":null,"experience":null,"credentialsHeld":[],
                     "ethics":{"acceptedAt":"2026-11-20T10:10:00Z"},"contribution":null}}""")))
    @APIResponse(responseCode = "200", description = "The checks",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CheckResult.class),
                    examples = @ExampleObject(name = "IPMA_AM, short of hours", value = """
                            {"applicationDate":"2026-11-23","programmes":[{"programme":"IPMA_AM","ruleSetVersion":1,
                            "eligible":false,"pendingReview":false,"requirements":[
                            {"code":"SERVICE_HOURS","description":"At least 40 hours of mentoring service on completed engagements",
                            "required":"40","actual":"28","met":false,"pendingReview":false,
                            "explanation":"12 more service hours on completed engagements"},
                            {"code":"ETHICS_DECLARATION","description":"Adopt the IPMA code of ethics and conduct",
                            "required":"declared","actual":"declared","met":true,"pendingReview":false,"explanation":null}],
                            "missing":["12 more service hours on completed engagements"]}]}""")))
    @APIResponse(responseCode = "400", description = "Unreadable or invalid evidence; each invalid field is listed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CheckResult check(@NotNull @Valid CheckRequest request) {
        return checks.check(request);
    }
}
