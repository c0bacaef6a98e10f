package org.mentorcred.application.provider.completion.rest;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorcred.application.provider.PartnerConfig;
import org.mentorcred.application.provider.completion.BatchResult;
import org.mentorcred.application.provider.completion.BatchResult.Outcome;
import org.mentorcred.application.provider.completion.BatchResult.RecordResult;
import org.mentorcred.application.provider.completion.CompletionInput;
import org.mentorcred.application.provider.completion.CompletionService;
import org.mentorcred.application.provider.completion.CompletionView;
import org.mentorcred.application.provider.security.CurrentPartner;
import org.mentorcred.application.provider.security.PartnerSecurity;
import org.mentorcred.commons.api.Page;
import org.mentorcred.commons.api.PageParams;
import org.mentorcred.commons.http.RateLimited;
import org.mentorcred.commons.problem.Problem;
import org.mentorcred.commons.problem.ProblemException;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;

/** The partner API: providers push and read their completion records with their API key. */
@Path("/partner/v1/completions")
@HttpAuthenticationMechanism(PartnerSecurity.SCHEME)
@RolesAllowed(PartnerSecurity.ROLE)
// Per API key: mentorcred.rate-limits.partner.requests per mentorcred.rate-limits.partner.window (429 beyond).
@RateLimited(value = "partner", requests = 600, window = "1m")
@Tag(name = "Partner: completion records", description = "Training providers report course completions (X-API-Key)")
// The bearer scheme is declared here too, and first: the generated document gives every other protected
// operation the first declared scheme, and those take bearer tokens.
@SecuritySchemes({
        @SecurityScheme(securitySchemeName = "SecurityScheme", type = SecuritySchemeType.HTTP, scheme = "bearer",
                bearerFormat = "JWT", description = "Authentication"),
        @SecurityScheme(securitySchemeName = "partnerApiKey", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
                apiKeyName = PartnerSecurity.HEADER, description = "A partner API key (mcpk_...), issued by an admin") })
@SecurityRequirement(name = "partnerApiKey")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No, unknown or revoked API key, or the provider is inactive",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Another provider's record",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "429", description = "Too many requests with this API key; try again after Retry-After seconds",
        headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = SchemaType.INTEGER)),
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PartnerCompletionResource {

    private static final String ONE = """
            {"providerRecordId":"ENR-2025-00042","learnerEmail":"amara.okafor@example.org","learnerName":"Amara Okafor",\
            "courseName":"Senior Mentor Fast Track","level":"SM","hours":40,"inPersonDays":5,"mode":"BLENDED",\
            "startDate":"2025-03-03","endDate":"2025-04-25","instructorName":"Sam Patel","instructorEmail":"sam.patel@example.org"}""";

    @Inject
    CompletionService completions;

    @Inject
    CurrentPartner partner;

    @Inject
    PartnerConfig config;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report completions",
            description = "One record (an object) or a batch (an array of up to 1,000). A record whose providerRecordId was "
                    + "sent before updates it; it is never stored twice. A batch answers per record (CREATED, UPDATED or "
                    + "REJECTED with the reasons); one bad record does not affect the others. Records count as the "
                    + "verified training of the applicant with the learner's e-mail, now or when they sign up.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(oneOf = { CompletionInput.class, CompletionInput[].class }),
            examples = { @ExampleObject(name = "one", value = ONE), @ExampleObject(name = "batch", value = "[" + ONE + "]") }))
    @APIResponse(responseCode = "200", description = "A batch: the outcome of each record, in the order sent (or one record updated)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(oneOf = { BatchResult.class, CompletionView.class }),
                    examples = @ExampleObject(name = "batch", value = """
                            {"received":2,"created":1,"updated":0,"rejected":1,"results":[{"index":0,"providerRecordId":"ENR-2025-00042",\
                            "outcome":"CREATED","completionId":"1c8d2f3b-4e5a-4b6c-8d7e-8f9a0b1c2d3e","violations":[]},\
                            {"index":1,"providerRecordId":"ENR-2025-00043","outcome":"REJECTED","completionId":null,\
                            "violations":[{"field":"learnerEmail","message":"must be a well-formed email address"}]}]}""")))
    @APIResponse(responseCode = "201", description = "One record, created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CompletionView.class)))
    @APIResponse(responseCode = "400", description = "The body is neither a record nor an array of records",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "More records than a batch may hold (maxRecords)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "One record, rejected (each reason listed), or an empty batch",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response report(JsonNode body) {
        if (body == null || !(body.isObject() || body.isArray())) {
            throw ProblemException.badRequest("Send one completion record (an object) or a batch (an array of them)",
                    List.of());
        }
        UUID providerId = partner.providerId();
        if (body.isObject()) {
            RecordResult result = completions.store(providerId, List.of(body)).get(0);
            if (result.outcome() == Outcome.REJECTED) {
                throw ProblemException.unprocessable("completion-rejected", "The completion record was not stored",
                        result.violations());
            }
            CompletionView stored = completions.get(providerId, result.completionId());
            return Response.status(result.outcome() == Outcome.CREATED ? 201 : 200)
                    .location(URI.create("/partner/v1/completions/" + stored.id())).entity(stored).build();
        }
        if (body.size() > config.maxBatchSize()) {
            throw new ProblemException(413, "batch-too-large", "Content too large", "A batch holds at most "
                    + config.maxBatchSize() + " records; this one has " + body.size() + ". Split it.")
                    .with("maxRecords", config.maxBatchSize());
        }
        if (body.isEmpty()) {
            throw ProblemException.unprocessable("empty-batch", "The batch holds no records", List.of());
        }
        List<JsonNode> elements = new ArrayList<>(body.size());
        body.forEach(elements::add);
        return Response.ok(BatchResult.of(completions.store(providerId, elements))).build();
    }

    @GET
    @Operation(summary = "List my completion records", description = "The calling provider's records, last received first.")
    @APIResponse(responseCode = "200", description = "A page of records",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Page.class)))
    @APIResponse(responseCode = "400", description = "Invalid paging",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<CompletionView> list(@Valid @BeanParam PageParams paging) {
        return completions.list(partner.providerId(), paging);
    }

    @GET
    @Path("/{completionId}")
    @Operation(summary = "Read one of my completion records", description = "Another provider's record is 403.")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CompletionView.class)))
    @APIResponse(responseCode = "404", description = "No such record",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CompletionView get(@PathParam("completionId") UUID completionId) {
        return completions.get(partner.providerId(), completionId);
    }
}
