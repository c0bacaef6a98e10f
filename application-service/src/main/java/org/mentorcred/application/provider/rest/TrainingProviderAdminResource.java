package org.mentorcred.application.provider.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorcred.application.common.ETags;
import org.mentorcred.application.common.Invalid;
import org.mentorcred.application.common.Params;
import org.mentorcred.application.evidence.CentreType;
import org.mentorcred.application.provider.ApiKeyService;
import org.mentorcred.application.provider.ApiKeyView;
import org.mentorcred.application.provider.CreatedApiKey;
import org.mentorcred.application.provider.TrainingProviderInput;
import org.mentorcred.application.provider.TrainingProviderService;
import org.mentorcred.application.provider.TrainingProviderView;
import org.mentorcred.commons.api.Page;
import org.mentorcred.commons.api.PageParams;
import org.mentorcred.commons.problem.Problem;
import org.mentorcred.commons.security.Roles;

@Path("/api/v1/admin/training-providers")
@Tag(name = "Partner providers (admin)", description = "Training centres and QTSPs, and their API keys")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not an admin",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class TrainingProviderAdminResource {

    private static final String PROVIDER_EXAMPLE = """
            {"name":"Thames Mentoring QTSP","type":"QTSP","address":"1 King's Road, Reading RG1 3AR","city":"Reading",\
            "country":"GB","latitude":51.4543,"longitude":-0.9781,"contactName":"Olivia Grant",\
            "contactEmail":"programmes@thames-qtsp.example.org","contactPhone":"+44 20 7946 0000","preferredLanguage":"en",\
            "active":true}""";

    @Schema(description = "A new API key's label")
    public record NewApiKey(@Size(max = 100) @Schema(examples = "production ERP") String label) {
    }

    @Inject
    TrainingProviderService providers;

    @Inject
    ApiKeyService apiKeys;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a provider",
            description = "An active QTSP is at once assigned to fast-track applications waiting for one.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TrainingProviderInput.class), examples = @ExampleObject(name = "qtsp", value = PROVIDER_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TrainingProviderView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A waiting application changed concurrently; retry",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull TrainingProviderInput input) {
        TrainingProviderView view = providers.create(input);
        return Response.created(URI.create("/api/v1/admin/training-providers/" + view.id())).entity(view)
                .tag(ETags.tag(view.version())).build();
    }

    @GET
    @Operation(summary = "List providers", description = "By name; filter by type and whether active.")
    @APIResponse(responseCode = "200", description = "A page of providers",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Page.class)))
    @APIResponse(responseCode = "400", description = "Invalid paging or filter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<TrainingProviderView> list(
            @QueryParam("type") @Parameter(description = "Only this type", schema = @Schema(implementation = CentreType.class)) String type,
            @QueryParam("active") @Parameter(description = "true or false", schema = @Schema(implementation = Boolean.class)) String active,
            @Valid @BeanParam PageParams paging) {
        return providers.list(Params.enumValue(CentreType.class, "type", type), bool("active", active), paging);
    }

    @GET
    @Path("/{providerId}")
    @Operation(summary = "Read a provider")
    @APIResponse(responseCode = "200", description = "The provider",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TrainingProviderView.class)))
    @APIResponse(responseCode = "404", description = "No such provider",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("providerId") UUID providerId) {
        TrainingProviderView view = providers.get(providerId);
        return Response.ok(view).tag(ETags.tag(view.version())).build();
    }

    @PUT
    @Path("/{providerId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Update a provider",
            description = "Deactivating stops assignments and refuses its API keys. Send If-Match with the ETag read.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TrainingProviderInput.class), examples = @ExampleObject(name = "qtsp", value = PROVIDER_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TrainingProviderView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such provider",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Changed concurrently",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("providerId") UUID providerId, @Valid @NotNull TrainingProviderInput input,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "ETag read last (optional)") String ifMatch) {
        TrainingProviderView view = providers.update(providerId, input, ifMatch);
        return Response.ok(view).tag(ETags.tag(view.version())).build();
    }

    @POST
    @Path("/{providerId}/api-keys")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an API key",
            description = "The key is in this answer only; keep it safe. A provider may hold several keys, so a key is "
                    + "rotated by creating the new one, switching to it, then revoking the old one.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewApiKey.class),
            examples = @ExampleObject(name = "labelled", value = "{\"label\":\"production ERP\"}")))
    @APIResponse(responseCode = "201", description = "The key, shown once",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CreatedApiKey.class)))
    @APIResponse(responseCode = "400", description = "Label too long",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such provider",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response createKey(@PathParam("providerId") UUID providerId, @Valid NewApiKey request) {
        CreatedApiKey key = apiKeys.create(providerId, request == null ? null : request.label());
        return Response.created(URI.create("/api/v1/admin/training-providers/" + providerId + "/api-keys/" + key.id()))
                .entity(key).build();
    }

    @GET
    @Path("/{providerId}/api-keys")
    @Operation(summary = "List a provider's API keys", description = "Never the secrets; with when each was last used.")
    @APIResponse(responseCode = "200", description = "A page of keys",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Page.class)))
    @APIResponse(responseCode = "400", description = "Invalid paging",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such provider",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<ApiKeyView> keys(@PathParam("providerId") UUID providerId, @Valid @BeanParam PageParams paging) {
        return apiKeys.list(providerId, paging);
    }

    @DELETE
    @Path("/{providerId}/api-keys/{apiKeyId}")
    @Operation(summary = "Revoke an API key", description = "At once and for good; revoking again changes nothing.")
    @APIResponse(responseCode = "200", description = "The revoked key",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiKeyView.class)))
    @APIResponse(responseCode = "404", description = "No such key of this provider",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ApiKeyView revoke(@PathParam("providerId") UUID providerId, @PathParam("apiKeyId") UUID apiKeyId) {
        return apiKeys.revoke(providerId, apiKeyId);
    }

    private static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw Invalid.field(name, "must be true or false");
        };
    }
}
