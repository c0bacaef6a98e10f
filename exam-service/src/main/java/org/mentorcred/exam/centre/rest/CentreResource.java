package org.mentorcred.exam.centre.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.mentorcred.commons.api.Page;
import org.mentorcred.commons.api.PageParams;
import org.mentorcred.commons.problem.Problem;
import org.mentorcred.commons.security.Roles;
import org.mentorcred.exam.centre.service.CentreService;
import org.mentorcred.exam.common.QueryParams;

@Path("/api/v1/centres")
@Tag(name = "Testing centres", description = "Where exams are held: public to read, admins maintain them")
@Produces(MediaType.APPLICATION_JSON)
public class CentreResource {

    static final String CENTRE_EXAMPLE = """
            {"name":"MentorCred Testing Centre London","address":"1 Example Street, EC1A 1BB","city":"London",\
            "country":"GB","latitude":51.5072,"longitude":-0.1276,"timeZone":"Europe/London","seatsPerSession":20,\
            "active":true}""";

    @Inject
    CentreService service;

    @GET
    @PermitAll
    @Operation(summary = "List testing centres", description = "Paged, by country, city and name. Active centres "
            + "unless active=false is asked for.")
    @APIResponse(responseCode = "200", description = "A page of centres")
    @APIResponse(responseCode = "400", description = "Invalid query parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<CentreView> list(@Valid @BeanParam PageParams page,
            @Parameter(description = "ISO 3166-1 alpha-2", example = "GB")
            @QueryParam("country") @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO country code, e.g. GB") String country,
            @Parameter(description = "City, case-insensitive", example = "London") @QueryParam("city") String city,
            @Parameter(description = "true (default) or false") @QueryParam("active") @DefaultValue("true")
            @Pattern(regexp = "true|false", message = "must be true or false") String active) {
        return service.list(country, city == null || city.isBlank() ? null : city.strip(), Boolean.valueOf(active), page);
    }

    @GET
    @Path("/nearest")
    @PermitAll
    @Operation(summary = "Active centres nearest to a point",
            description = "Great-circle (haversine) distance from lat/lon, nearest first.")
    @APIResponse(responseCode = "200", description = "The nearest centres with their distance in km",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NearbyCentreView.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "lat or lon missing or out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<NearbyCentreView> nearest(
            @Parameter(description = "Latitude, -90 to 90", example = "48.8566", required = true) @QueryParam("lat") String lat,
            @Parameter(description = "Longitude, -180 to 180", example = "2.3522", required = true) @QueryParam("lon") String lon,
            @Parameter(description = "How many, 1 to 50", example = "5") @QueryParam("limit") @DefaultValue("5")
            @Min(1) @Max(50) int limit) {
        Double latitude = QueryParams.decimal("lat", lat, -90, 90);
        Double longitude = QueryParams.decimal("lon", lon, -180, 180);
        if (latitude == null || longitude == null) {
            throw QueryParams.invalid(latitude == null ? "lat" : "lon", "is required");
        }
        return service.nearest(latitude, longitude, limit);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "Get a testing centre")
    @APIResponse(responseCode = "200", description = "The centre")
    @APIResponse(responseCode = "404", description = "No such centre",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CentreView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a testing centre")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "London", value = CENTRE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CentreView.class)))
    @APIResponse(responseCode = "400", description = "Invalid centre: the violations name each field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull CentreRequest request) {
        CentreView created = service.create(request);
        return Response.created(URI.create("/api/v1/centres/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Update a testing centre",
            description = "Replaces the centre's fields; send the version you read. Sessions already scheduled keep "
                    + "their seats and times.")
    @APIResponse(responseCode = "200", description = "The updated centre")
    @APIResponse(responseCode = "400", description = "Invalid centre or no version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such centre",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Someone changed the centre meanwhile (stale version)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CentreView update(@PathParam("id") UUID id, @Valid @NotNull CentreRequest request) {
        return service.update(id, request);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Delete a testing centre", description = "Only a centre without sessions; otherwise deactivate it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such centre",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The centre has sessions",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void delete(@PathParam("id") UUID id) {
        service.delete(id);
    }
}
