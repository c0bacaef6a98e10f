package org.mentorcred.application.credential.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorcred.application.common.ETags;
import org.mentorcred.application.credential.mapping.RenewalRequest;
import org.mentorcred.application.credential.mapping.RenewalView;
import org.mentorcred.application.credential.rest.CredentialStatusResource.ReasonRequest;
import org.mentorcred.application.credential.service.RenewalService;
import org.mentorcred.commons.problem.Problem;
import org.mentorcred.commons.security.Roles;

/** A credential's renewals: the holder submits, a reviewer or admin decides. */
@Path("/api/v1/credentials/{number}/renewals")
@Tag(name = "Renewals", description = "Renewing a credential with PDUs and supervision sessions")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Role not allowed, or another holder's credential",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such credential or renewal",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class RenewalResource {

    @Inject
    RenewalService service;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.APPLICANT)
    @Operation(summary = "Submit a renewal",
            description = "The holder of an ACTIVE credential, from renewal-opens-days-before-expiry (180) days before expiry: "
                    + "the PDU activities of the current validity period (the programme's total) and, for IMC_CPM, at least 5 "
                    + "supervision sessions dated within each year of validity. What is missing is listed in a 422.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RenewalRequest.class), examples = @ExampleObject(name = "cpm", value = """
                    {"activities":[{"title":"Advanced Mentoring Conversations","provider":"Mentoring Academy",\
                    "completedOn":"2027-03-14","pdus":40}],\
                    "supervisionSessions":[{"date":"2026-05-04","supervisorName":"Helen Carter","minutes":60}],\
                    "statement":null}""")))
    @APIResponse(responseCode = "201", description = "Submitted; a reviewer decides",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RenewalView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not ACTIVE (illegal-transition), permanent (credential-permanent), too early "
            + "(renewal-not-open, with opensAt), or one awaits a decision (renewal-pending)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Requirements unmet (renewal-requirements-unmet): each listed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "short", value = """
                            {"type":"https://mentorcred.org/problems/renewal-requirements-unmet","title":"Unprocessable content",\
                            "status":422,"detail":"The renewal misses 2 of what IMC_CPM requires",\
                            "instance":"/api/v1/credentials/MC-CPM-2026-000123/renewals",\
                            "violations":[{"field":"activities","message":"Report at least 40 PDUs earned since 2026-03-02; 12 reported"},\
                            {"field":"supervisionSessions","message":"Validity year 2 (2027-03-02 to 2028-03-01) has 3 of the 5 supervision sessions required"}]}""")))
    public Response submit(@PathParam("number") String number, @Valid @NotNull RenewalRequest request) {
        RenewalView view = service.submit(number, request);
        return Response.created(URI.create("/api/v1/credentials/" + number + "/renewals/" + view.id())).entity(view)
                .tag(ETags.tag(view.version())).build();
    }

    @GET
    @RolesAllowed({ Roles.APPLICANT, Roles.REVIEWER, Roles.ADMIN })
    @Operation(summary = "List a credential's renewals", description = "Newest first; the holder, reviewers and admins.")
    @APIResponse(responseCode = "200", description = "The renewals",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RenewalView[].class)))
    public List<RenewalView> list(@PathParam("number") String number) {
        return service.ofCredential(number);
    }

    @POST
    @Path("/{renewalId}/approval")
    @RolesAllowed({ Roles.REVIEWER, Roles.ADMIN })
    @Operation(summary = "Approve a renewal",
            description = "The validity is extended by the programme's period from the previous expiry date (an EXPIRED "
                    + "credential becomes ACTIVE again); emits CredentialRenewed.")
    @APIResponse(responseCode = "200", description = "Approved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RenewalView.class)))
    @APIResponse(responseCode = "409", description = "Decided already (renewal-decided), the credential is suspended or revoked "
            + "(illegal-transition) or permanent (credential-permanent), or changed concurrently",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version of the renewal",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response approve(@PathParam("number") String number, @PathParam("renewalId") UUID renewalId,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "ETag read last (optional)") String ifMatch) {
        RenewalView view = service.approve(number, renewalId, ifMatch);
        return Response.ok(view).tag(ETags.tag(view.version())).build();
    }

    @POST
    @Path("/{renewalId}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.REVIEWER, Roles.ADMIN })
    @Operation(summary = "Reject a renewal", description = "With the reasons; the credential keeps its expiry date.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReasonRequest.class),
            examples = @ExampleObject(name = "evidence", value = "{\"reason\":\"The PDU certificates could not be verified\"}")))
    @APIResponse(responseCode = "200", description = "Rejected",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RenewalView.class)))
    @APIResponse(responseCode = "400", description = "No reason",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Decided already (renewal-decided)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version of the renewal",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response reject(@PathParam("number") String number, @PathParam("renewalId") UUID renewalId,
            @Valid @NotNull ReasonRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "ETag read last (optional)") String ifMatch) {
        RenewalView view = service.reject(number, renewalId, request.reason().strip(), ifMatch);
        return Response.ok(view).tag(ETags.tag(view.version())).build();
    }
}
