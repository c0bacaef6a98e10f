package org.mentorcred.application.credential.rest;

import org.mentorcred.commons.http.RateLimited;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorcred.application.common.Params;
import org.mentorcred.application.credential.mapping.RegistryEntry;
import org.mentorcred.application.credential.service.CredentialService;
import org.mentorcred.application.programme.ProgrammeCode;
import org.mentorcred.commons.api.Page;
import org.mentorcred.commons.api.PageParams;
import org.mentorcred.commons.problem.Problem;

/** The public registry of credentialed members. */
@Path("/api/v1/registry")
@Tag(name = "Registry", description = "The public registry of members' active credentials")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@RateLimited(value = "public-credentials", requests = 120, window = "1m")
@APIResponse(responseCode = "429", description = "Too many requests from this address; try again after Retry-After seconds",
        headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = SchemaType.INTEGER)),
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class RegistryResource {

    @Inject
    CredentialService service;

    @GET
    @Operation(summary = "Search the registry",
            description = "Public: the ACTIVE credentials of members who listed them, by holder name.")
    @APIResponse(responseCode = "200", description = "A page of registry entries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Page.class),
                    examples = @ExampleObject(name = "one", value = """
                            {"items":[{"credentialNumber":"MC-CPM-2026-000123","holderName":"Amara Okafor","programme":"IMC_CPM",\
                            "programmeName":"Certified Professional Mentor","level":null,"issuedAt":"2026-03-02T10:00:00Z",\
                            "expiresAt":"2028-03-02T10:00:00Z"}],"page":0,"size":20,"total":1,"totalPages":1}""")))
    @APIResponse(responseCode = "400", description = "Invalid paging or filter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<RegistryEntry> search(
            @QueryParam("programme") @Parameter(description = "Only this programme",
                    schema = @Schema(implementation = ProgrammeCode.class)) String programme,
            @QueryParam("name") @Size(max = 200) @Parameter(description = "Part of the holder's name, any letter case",
                    example = "okafor") String name,
            @Valid @BeanParam PageParams paging) {
        return service.registry(Params.enumValue(ProgrammeCode.class, "programme", programme),
                name == null || name.isBlank() ? null : name.strip(), paging);
    }
}
