package org.mentorcred.application.credential.rest;

import org.mentorcred.commons.http.RateLimited;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorcred.application.common.ETags;
import org.mentorcred.application.common.Params;
import org.mentorcred.application.credential.CredentialStatus;
import org.mentorcred.application.credential.mapping.CredentialView;
import org.mentorcred.application.credential.mapping.VerificationView;
import org.mentorcred.application.credential.service.CredentialService;
import org.mentorcred.application.credential.service.OpenBadges;
import org.mentorcred.application.credential.service.PermanentStatusService;
import org.mentorcred.application.credential.signing.VcJwtSigner;
import org.mentorcred.application.programme.ProgrammeCode;
import org.mentorcred.commons.api.Page;
import org.mentorcred.commons.api.PageParams;
import org.mentorcred.commons.problem.Problem;
import org.mentorcred.commons.security.Roles;

/** Issued credentials: public verification and badge, the holder's and staff's views, the holder's choices. */
@Path("/api/v1/credentials")
@Tag(name = "Credentials", description = "Issued credentials: verification, Open Badges, registry listing, permanent status")
@Produces(MediaType.APPLICATION_JSON)
public class CredentialResource {

    static final String VERIFICATION_EXAMPLE = """
            {"credentialNumber":"MC-CPM-2026-000123","holderName":"Amara Okafor","programme":"IMC_CPM",\
            "programmeName":"Certified Professional Mentor","level":null,"status":"ACTIVE",\
            "issuedAt":"2026-03-02T10:00:00Z","expiresAt":"2028-03-02T10:00:00Z","permanent":false}""";

    @Schema(description = "Whether the public registry lists the credential")
    public record RegistryListing(@NotNull @Schema(examples = "true") Boolean listed) {
    }

    @Inject
    CredentialService service;

    @Inject
    OpenBadges badges;

    @Inject
    PermanentStatusService permanent;

    @GET
    @RolesAllowed({ Roles.REVIEWER, Roles.ADMIN })
    @Operation(summary = "List credentials", description = "Newest first, for staff; filter by stored status and programme held.")
    @APIResponse(responseCode = "200", description = "A page of credentials (without history)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Page.class)))
    @APIResponse(responseCode = "400", description = "Invalid paging or filter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a reviewer or admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<CredentialView> list(
            @QueryParam("status") @Parameter(description = "Only credentials in this stored status",
                    schema = @Schema(implementation = CredentialStatus.class)) String status,
            @QueryParam("programme") @Parameter(description = "Only credentials of this programme held",
                    schema = @Schema(implementation = ProgrammeCode.class)) String programme,
            @Valid @BeanParam PageParams paging) {
        return service.search(Params.enumValue(CredentialStatus.class, "status", status),
                Params.enumValue(ProgrammeCode.class, "programme", programme), paging);
    }

    @GET
    @Path("/{number}")
    @RolesAllowed({ Roles.APPLICANT, Roles.REVIEWER, Roles.ADMIN })
    @Operation(summary = "Read a credential", description = "The holder, reviewers and admins: validity, status with its reason, "
            + "permanent status, registry listing, pending renewal and the history. Its version is the ETag.")
    @APIResponse(responseCode = "200", description = "The credential",
            headers = @Header(name = HttpHeaders.ETAG, description = "Version for If-Match", schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CredentialView.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Another holder's credential",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such credential",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("number") String number) {
        CredentialView view = service.get(number);
        return Response.ok(view).tag(ETags.tag(view.version())).build();
    }

    @GET
    @Path("/{number}/verification")
    @PermitAll
    @Operation(summary = "Verify a credential",
            description = "Public, no sign-in: the holder's name, the credential, its status now and its dates, nothing else.")
    @APIResponse(responseCode = "200", description = "The credential as the public may see it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VerificationView.class),
                    examples = @ExampleObject(name = "active", value = VERIFICATION_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No credential has this number",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RateLimited(value = "public-credentials", requests = 120, window = "1m")
    @APIResponse(responseCode = "429", description = "Too many requests from this address; try again after Retry-After seconds",
            headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VerificationView verification(@PathParam("number") String number) {
        return service.verification(number);
    }

    @GET
    @Path("/{number}/badge")
    @PermitAll
    @Produces(VcJwtSigner.MEDIA_TYPE)
    @Operation(summary = "Get the Open Badge",
            description = "The credential as an Open Badges 3.0 OpenBadgeCredential (VC Data Model 2.0, achievementType "
                    + "Certification), secured as a VC-JWT (RS256, typ vc+jwt) by the issuer's key; verify it with the keys at "
                    + "/.well-known/jwks.json. Its credentialStatus points at the revocation and suspension status lists.")
    @APIResponse(responseCode = "200", description = "The compact JWS",
            content = @Content(mediaType = VcJwtSigner.MEDIA_TYPE, schema = @Schema(implementation = String.class),
                    examples = @ExampleObject(name = "jwt", value = "eyJhbGciOiJSUzI1NiIsInR5cCI6InZjK2p3dCIsImN0eSI6InZjIiwia2lkIjoi...")))
    @APIResponse(responseCode = "404", description = "No credential has this number",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @RateLimited(value = "public-credentials", requests = 120, window = "1m")
    @APIResponse(responseCode = "429", description = "Too many requests from this address; try again after Retry-After seconds",
            headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public String badge(@PathParam("number") String number) {
        return badges.signedBadge(number);
    }

    @PUT
    @Path("/{number}/registry-listing")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.APPLICANT)
    @Operation(summary = "List in or remove from the public registry",
            description = "The holder chooses. The registry shows members' ACTIVE credentials only; a non-member's opt-in is 422.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RegistryListing.class), examples = @ExampleObject(name = "list", value = "{\"listed\":true}")))
    @APIResponse(responseCode = "200", description = "The credential",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CredentialView.class)))
    @APIResponse(responseCode = "400", description = "listed missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not the holder",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such credential",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Changed concurrently",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Not a member (not-a-member)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response registryListing(@PathParam("number") String number, @Valid @NotNull RegistryListing listing,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "ETag read last (optional)") String ifMatch) {
        CredentialView view = service.setRegistryListing(number, listing.listed(), ifMatch);
        return Response.ok(view).tag(ETags.tag(view.version())).build();
    }

    @POST
    @Path("/{number}/permanent-status")
    @RolesAllowed(Roles.APPLICANT)
    @Operation(summary = "Ask for permanent status",
            description = "IPMA holders with enough years of membership (DOMAIN: 5) buy permanent status (USD 100): emits "
                    + "PermanentStatusRequested, which payment-service invoices; once paid the credential no longer expires.")
    @APIResponse(responseCode = "202", description = "Asked for; permanentStatus is PENDING_PAYMENT until paid",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CredentialView.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not the holder",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such credential",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Permanent already (already-permanent), asked for already "
            + "(permanent-status-pending), or not ACTIVE (illegal-transition with currentState)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Not eligible (not-eligible): each reason listed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "too soon", value = """
                            {"type":"https://mentorcred.org/problems/not-eligible","title":"Unprocessable content","status":422,\
                            "detail":"The credential cannot become permanent yet",\
                            "instance":"/api/v1/credentials/MC-IPMA-PM-2026-000124/permanent-status",\
                            "violations":[{"field":"membership","message":"Member since 2023-03-01: eligible from 2028-03-01"}]}""")))
    public Response requestPermanentStatus(@PathParam("number") String number,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "ETag read last (optional)") String ifMatch) {
        CredentialView view = permanent.request(number, ifMatch);
        return Response.accepted(view).tag(ETags.tag(view.version())).build();
    }
}
