package org.mentorcred.eligibility.decision.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorcred.commons.problem.Problem;
import org.mentorcred.commons.problem.ProblemException;
import org.mentorcred.commons.security.CurrentUser;
import org.mentorcred.commons.security.Roles;
import org.mentorcred.eligibility.decision.service.DecisionService;
import org.mentorcred.eligibility.decision.service.DecisionService.Decision;

/** Eligibility decisions, for the applicant they belong to, reviewers and admins. */
@Path("/api/v1/eligibility/decisions")
@Tag(name = "Decisions", description = "Eligibility decisions on submitted applications, explained per requirement")
@Produces(MediaType.APPLICATION_JSON)
public class DecisionResource {

    @Inject
    DecisionService decisions;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("/{applicationId}")
    @RolesAllowed({ Roles.APPLICANT, Roles.REVIEWER, Roles.ADMIN })
    @Operation(summary = "Eligibility decision of an application",
            description = "The decision on the application's latest submission: eligible or not, the rule-set version "
                    + "used, and each requirement with what was required, what the evidence showed and what is missing. "
                    + "An applicant reads only their own.")
    @APIResponse(responseCode = "200", description = "The decision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DecisionView.class),
                    examples = @ExampleObject(name = "not yet eligible", value = """
                            {"decisionId":"0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d","applicationId":"3f0c2a9e-5b1d-4c8e-9a47-2d6b8e1f0a11",
                            "applicantId":"7a1e4c52-0d3b-4f6a-8e2c-5b9d1a3c7e40","programme":"IPMA_AM","eligible":false,
                            "pendingReview":false,"ruleSetVersion":1,"submittedAt":"2026-11-20T10:15:30Z","decidedAt":"2026-11-20T10:15:32Z",
                            "requirements":[{"code":"SERVICE_HOURS","description":"At least 40 hours of mentoring service on completed engagements",
                            "required":"40","actual":"28","met":false,"pendingReview":false,
                            "explanation":"12 more service hours on completed engagements"},
                            {"code":"ETHICS_DECLARATION","description":"Adopt the IPMA code of ethics and conduct","required":"declared",
                            "actual":"declared","met":true,"pendingReview":false,"explanation":null}],
                            "missing":["12 more service hours on completed engagements"]}""")))
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Another applicant's decision, or a role that may not read decisions", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No decision on this application (yet)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DecisionView decision(@PathParam("applicationId") @Parameter(description = "Application id") UUID applicationId) {
        Decision decision = decisions.latest(applicationId)
                .orElseThrow(() -> ProblemException.notFound("An eligibility decision on application", applicationId));
        currentUser.requireOwnerOrAnyRole(decision.row().applicantSubject, Roles.REVIEWER, Roles.ADMIN);
        return DecisionView.of(decision);
    }
}
