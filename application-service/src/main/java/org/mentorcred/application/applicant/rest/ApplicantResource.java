package org.mentorcred.application.applicant.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorcred.application.applicant.ApplicantProfile;
import org.mentorcred.application.applicant.ApplicantService;
import org.mentorcred.application.applicant.ApplicantView;
import org.mentorcred.application.common.ETags;
import org.mentorcred.commons.problem.Problem;
import org.mentorcred.commons.security.Roles;

@Path("/api/v1/applicants")
@Tag(name = "Applicants", description = "The applicant's own profile; reviewers and admins read any")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Role not allowed, or another applicant's profile",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ApplicantResource {

    private static final String PROFILE_EXAMPLE = """
            {"name":"Amara Okafor","email":"amara.okafor@example.org","preferredLanguage":"en","country":"GB",\
            "city":"London","latitude":51.5072,"longitude":-0.1276,"highestEducation":"MASTER","member":true,\
            "memberSince":"2021-03-01"}""";

    @Inject
    ApplicantService service;

    @GET
    @Path("/me")
    @RolesAllowed(Roles.APPLICANT)
    @Operation(summary = "Read my profile", description = "The profile bound to the caller's token subject.")
    @APIResponse(responseCode = "200", description = "The profile; its version is the ETag",
            headers = @Header(name = HttpHeaders.ETAG, description = "Version for If-Match", schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicantView.class)))
    @APIResponse(responseCode = "404", description = "No profile yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response mine() {
        ApplicantView view = service.mine();
        return Response.ok(view).tag(ETags.tag(view.version())).build();
    }

    @PUT
    @Path("/me")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.APPLICANT)
    @Operation(summary = "Create or update my profile",
            description = "Creates the caller's profile (201) or replaces it (200). Partner completion records whose "
                    + "learner e-mail equals this e-mail (case-insensitively) count as the applicant's verified training, "
                    + "once the e-mail is verified: saved with a token whose `email` claim is this address and whose "
                    + "`email_verified` claim is true (`emailVerified` in the answer). A changed e-mail is unverified "
                    + "until saved so; sign in again after confirming it with the identity provider, then save. "
                    + "Send If-Match with the ETag you read to avoid overwriting a change you have not seen.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApplicantProfile.class), examples = @ExampleObject(name = "member", value = PROFILE_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicantView.class)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicantView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Changed concurrently",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response saveMine(@Valid @NotNull ApplicantProfile profile, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ApplicantService.Saved saved = service.saveMine(profile, ifMatch);
        return Response.status(saved.created() ? 201 : 200).entity(saved.applicant())
                .tag(ETags.tag(saved.applicant().version())).build();
    }

    @GET
    @Path("/{applicantId}")
    @RolesAllowed({ Roles.APPLICANT, Roles.REVIEWER, Roles.ADMIN })
    @Operation(summary = "Read an applicant", description = "Reviewers and admins read any applicant; an applicant only themselves.")
    @APIResponse(responseCode = "200", description = "The profile",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicantView.class)))
    @APIResponse(responseCode = "404", description = "No such applicant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response byId(@PathParam("applicantId") UUID applicantId) {
        ApplicantView view = service.byId(applicantId);
        return Response.ok(view).tag(ETags.tag(view.version())).build();
    }
}
