package org.mentorcred.eligibility.rules.rest;

import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.mentorcred.commons.problem.ProblemException;
import org.mentorcred.commons.security.CurrentUser;
import org.mentorcred.commons.security.Roles;
import org.mentorcred.eligibility.rules.Programme;
import org.mentorcred.eligibility.rules.model.RuleSetDraft;
import org.mentorcred.eligibility.rules.service.RuleSetService;
import org.mentorcred.eligibility.rules.service.RuleSetService.Published;
import org.mentorcred.eligibility.rules.service.RuleSetService.StoredRuleSet;

/** The eligibility rules of every programme, public for front ends to show; admins publish new versions. */
@Path("/api/v1/rules")
@Tag(name = "Rules", description = "Versioned eligibility rule sets per programme")
@Produces(MediaType.APPLICATION_JSON)
public class RuleSetResource {

    static final String RULE_SET_EXAMPLE = """
            {"programme":"IPMA_PM","version":1,"effectiveFrom":"2024-01-01","publishedAt":"2026-11-23T09:00:00Z",
             "origin":"RESOURCE","requirements":[
              {"code":"EDUCATION","kind":"MINIMUM_EDUCATION","description":"A bachelor's degree or equivalent, or higher","level":"BACHELOR"},
              {"code":"SERVICE_HOURS","kind":"MINIMUM_TOTAL","description":"At least 100 hours of mentoring service on completed engagements","measure":"SERVICE_HOURS","minimum":100},
              {"code":"MENTORING_YEARS","kind":"MENTORING_YEARS","description":"At least 1 year of mentoring experience, from the first start to the last end of completed engagements","minimum":1},
              {"code":"ETHICS_DECLARATION","kind":"DECLARATION","description":"Adopt the IPMA code of ethics and conduct","declaration":"ETHICS"}]}""";

    static final String DRAFT_EXAMPLE = """
            {"version":2,"effectiveFrom":"2027-01-01","requirements":[
              {"code":"SERVICE_HOURS","kind":"MINIMUM_TOTAL","description":"At least 50 hours of mentoring service on completed engagements","measure":"SERVICE_HOURS","minimum":50},
              {"code":"ETHICS_DECLARATION","kind":"DECLARATION","description":"Adopt the IPMA code of ethics and conduct","declaration":"ETHICS"}]}""";

    @Inject
    RuleSetService ruleSets;

    @Inject
    CurrentUser currentUser;

    @GET
    @PermitAll
    @Operation(summary = "Rules of every programme", description = "The rule set in effect today for each programme.")
    @APIResponse(responseCode = "200", description = "One rule set per programme",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RuleBook.class)))
    public RuleBook all() {
        LocalDate today = ruleSets.today();
        return new RuleBook(today, Arrays.stream(Programme.values())
                .map(p -> RuleSetView.of(ruleSets.inEffectOn(p, today))).toList());
    }

    @GET
    @Path("/{programme}")
    @PermitAll
    @Operation(summary = "Rules of one programme",
            description = "The rule set in effect today, or the given version.")
    @APIResponse(responseCode = "200", description = "The rule set",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RuleSetView.class),
                    examples = @ExampleObject(name = "IPMA_PM", value = RULE_SET_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid version", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such programme or version", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RuleSetView one(
            @PathParam("programme") @Parameter(description = "Programme code", example = "IPMA_PM") Programme programme,
            @QueryParam("version") @Min(1) @Parameter(description = "A version instead of the one in effect today", example = "1") Integer version) {
        if (version == null) {
            return RuleSetView.of(ruleSets.inEffectOn(programme, ruleSets.today()));
        }
        return RuleSetView.of(ruleSets.version(programme, version)
                .orElseThrow(() -> ProblemException.notFound("Version " + version + " of the rule set of", programme)));
    }

    @GET
    @Path("/{programme}/versions")
    @PermitAll
    @Operation(summary = "Versions of a programme's rules", description = "Every version, newest first, with the one in effect today marked.")
    @APIResponse(responseCode = "200", description = "A page of versions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Page.class),
                    examples = @ExampleObject(name = "one version", value = """
                            {"items":[{"programme":"IPMA_PM","version":1,"effectiveFrom":"2024-01-01",
                            "publishedAt":"2026-11-23T09:00:00Z","origin":"RESOURCE","current":true}],
                            "page":0,"size":20,"total":1,"totalPages":1}""")))
    @APIResponse(responseCode = "400", description = "Invalid paging", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such programme", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<RuleSetVersionView> versions(
            @PathParam("programme") @Parameter(description = "Programme code", example = "IPMA_PM") Programme programme,
            @Valid @BeanParam PageParams paging) {
        int current = ruleSets.inEffectOn(programme, ruleSets.today()).ruleSet().version();
        return ruleSets.versions(programme, paging).map(row -> RuleSetVersionView.of(row, current));
    }

    @POST
    @Path("/{programme}/versions")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish a rule-set version",
            description = "Adds the next version of a programme's rules, in effect from its date (today or later). "
                    + "Published versions never change; sending the same version with the same rules again is a no-op (200).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RuleSetDraft.class),
            examples = @ExampleObject(name = "IPMA_AM version 2", value = DRAFT_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RuleSetView.class)))
    @APIResponse(responseCode = "200", description = "This version was already published with the same rules",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RuleSetView.class)))
    @APIResponse(responseCode = "400", description = "Unreadable body", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an admin", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such programme", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "This version exists with other rules", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Invalid rules; every problem is listed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "two problems", value = """
                    {"type":"https://mentorcred.org/problems/invalid-rule-set","title":"Unprocessable content","status":422,
                    "detail":"The rule set has 2 problems","instance":"/api/v1/rules/IPMA_AM/versions",
                    "violations":[{"field":"requirements[0].minimum","message":"must be greater than 0"},
                    {"field":"version","message":"must be 2, the next version of IPMA_AM"}]}""")))
    public Response publish(
            @PathParam("programme") @Parameter(description = "Programme code", example = "IPMA_AM") Programme programme,
            @NotNull RuleSetDraft draft) {
        Published published = ruleSets.publish(programme, draft, currentUser.subject());
        StoredRuleSet stored = published.stored();
        if (!published.created()) {
            return Response.ok(RuleSetView.of(stored)).build();
        }
        return Response.created(URI.create("/api/v1/rules/" + programme + "?version=" + stored.ruleSet().version()))
                .entity(RuleSetView.of(stored)).build();
    }
}
