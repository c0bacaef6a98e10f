package org.mentorcred.application.application.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorcred.application.application.section.ContributionInput;
import org.mentorcred.application.application.section.CredentialHeldInput;
import org.mentorcred.application.application.section.EducationInput;
import org.mentorcred.application.application.section.EngagementInput;
import org.mentorcred.application.application.section.EthicsInput;
import org.mentorcred.application.application.section.ExperienceInput;
import org.mentorcred.application.application.section.ReferenceInput;
import org.mentorcred.application.application.section.SupervisionInput;
import org.mentorcred.application.application.section.TrainingInput;
import org.mentorcred.application.application.service.SectionService;
import org.mentorcred.application.application.service.SectionService.Edited;
import org.mentorcred.application.application.service.SectionService.SingleSection;
import org.mentorcred.application.common.ETags;
import org.mentorcred.application.evidence.ContributionEvidence;
import org.mentorcred.application.evidence.CredentialHeldEvidence;
import org.mentorcred.application.evidence.EducationEvidence;
import org.mentorcred.application.evidence.EngagementEvidence;
import org.mentorcred.application.evidence.EthicsEvidence;
import org.mentorcred.application.evidence.ExperienceEvidence;
import org.mentorcred.application.evidence.ReferenceEvidence;
import org.mentorcred.application.evidence.SupervisionEvidence;
import org.mentorcred.application.evidence.TrainingEvidence;
import org.mentorcred.commons.problem.Problem;
import org.mentorcred.commons.security.Roles;

/**
 * A draft's sections, edited one at a time by its owner. Every answer carries the application's new version
 * as ETag; send it back as If-Match to be sure no other change slipped in between.
 */
@Path("/api/v1/applications/{applicationId}")
@Tag(name = "Application sections", description = "Editing a draft section by section")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not an applicant, or another applicant's application", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class SectionResource {

    @Inject
    SectionService sections;

    @POST
    @Path("/trainings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.APPLICANT)
    @Operation(summary = "Add a training", description = "A training with its certificate or letter (a document uploaded to this application first).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TrainingInput.class), examples = @ExampleObject(name = "example", value = """
            {"centreName":"Mentoring Academy","centreType":"ACCREDITED","programmeName":"Foundations of Professional Mentoring",\
            "level":null,"hours":24,"inPersonDays":3,"mode":"BLENDED","startDate":"2025-01-13","endDate":"2025-02-28",\
            "instructorName":"Dr Lena Fischer","instructorEmail":"lena.fischer@example.org","evidence":"CERTIFICATE",\
            "documentId":"9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a"}""")))
    @APIResponse(responseCode = "201", description = "Added",
            headers = @Header(name = HttpHeaders.ETAG, description = "The application's new version", schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TrainingEvidence.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such application or item", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not a DRAFT (application-not-editable, with currentState), or changed concurrently", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addTraining(@PathParam("applicationId") UUID applicationId, @Valid @NotNull TrainingInput input,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "ETag read last (optional)") String ifMatch) {
        Edited<TrainingEvidence> edited = sections.addTraining(applicationId, input, ifMatch);
        return created(applicationId, "trainings", edited.body().trainingId(), edited);
    }

    @PUT
    @Path("/trainings/{trainingId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.APPLICANT)
    @Operation(summary = "Replace a training")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TrainingInput.class), examples = @ExampleObject(name = "example", value = """
            {"centreName":"Mentoring Academy","centreType":"ACCREDITED","programmeName":"Foundations of Professional Mentoring",\
            "level":null,"hours":24,"inPersonDays":3,"mode":"BLENDED","startDate":"2025-01-13","endDate":"2025-02-28",\
            "instructorName":"Dr Lena Fischer","instructorEmail":"lena.fischer@example.org","evidence":"CERTIFICATE",\
            "documentId":"9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a"}""")))
    @APIResponse(responseCode = "200", description = "Replaced",
            headers = @Header(name = HttpHeaders.ETAG, description = "The application's new version", schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TrainingEvidence.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such application or item", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not a DRAFT (application-not-editable, with currentState), or changed concurrently", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response replaceTraining(@PathParam("applicationId") UUID applicationId, @PathParam("trainingId") UUID trainingId,
            @Valid @NotNull TrainingInput input, @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "ETag read last (optional)") String ifMatch) {
        return ok(sections.replaceTraining(applicationId, trainingId, input, ifMatch));
    }

    @DELETE
    @Path("/trainings/{trainingId}")
    @RolesAllowed(Roles.APPLICANT)
    @Operation(summary = "Remove a training")
    @APIResponse(responseCode = "204", description = "Removed",
            headers = @Header(name = HttpHeaders.ETAG, description = "The application's new version", schema = @Schema(implementation = String.class)))
    @APIResponse(responseCode = "404", description = "No such application or item", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not a DRAFT (application-not-editable, with currentState), or changed concurrently", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response removeTraining(@PathParam("applicationId") UUID applicationId, @PathParam("trainingId") UUID trainingId,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "ETag read last (optional)") String ifMatch) {
        return noContent(sections.removeTraining(applicationId, trainingId, ifMatch));
    }

    @POST
    @Path("/engagements")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.APPLICANT)
    @Operation(summary = "Add a mentoring engagement", description = "Its reference is given separately (PUT .../engagements/{engagementId}/reference).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EngagementInput.class), examples = @ExampleObject(name = "example", value = """
            {"menteeName":"Jonas Berg","menteeEmail":"jonas.berg@example.org","kind":"INTERNAL","startDate":"2023-01-09",\
            "endDate":"2023-12-15","hours":40,"completed":true}""")))
    @APIResponse(responseCode = "201", description = "Added",
            headers = @Header(name = HttpHeaders.ETAG, description = "The application's new version", schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EngagementEvidence.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such application or item", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not a DRAFT (application-not-editable, with currentState), or changed concurrently", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addEngagement(@PathParam("applicationId") UUID applicationId, @Valid @NotNull EngagementInput input,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "ETag read last (optional)") String ifMatch) {
        Edited<EngagementEvidence> edited = sections.addEngagement(applicationId, input, ifMatch);
        return created(applicationId, "engagements", edited.body().engagementId(), edited);
    }

    @PUT
    @Path("/engagements/{engagementId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.APPLICANT)
    @Operation(summary = "Replace a mentoring engagement")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EngagementInput.class), examples = @ExampleObject(name = "example", value = """
            {"menteeName":"Jonas Berg","menteeEmail":"jonas.berg@example.org","kind":"INTERNAL","startDate":"2023-01-09",\
            "endDate":"2023-12-15","hours":40,"completed":true}""")))
    @APIResponse(responseCode = "200", description = "Replaced",
            headers = @Header(name = HttpHeaders.ETAG, description = "The application's new version", schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EngagementEvidence.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such application or item", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not a DRAFT (application-not-editable, with currentState), or changed concurrently", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response replaceEngagement(@PathParam("applicationId") UUID applicationId, @PathParam("engagementId") UUID engagementId,
            @Valid @NotNull EngagementInput input, @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "ETag read last (optional)") String ifMatch) {
        return ok(sections.replaceEngagement(applicationId, engagementId, input, ifMatch));
    }

    @DELETE
    @Path("/engagements/{engagementId}")
    @RolesAllowed(Roles.APPLICANT)
    @Operation(summary = "Remove a mentoring engagement")
    @APIResponse(responseCode = "204", description = "Removed",
            headers = @Header(name = HttpHeaders.ETAG, description = "The application's new version", schema = @Schema(implementation = String.class)))
    @APIResponse(responseCode = "404", description = "No such application or item", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not a DRAFT (application-not-editable, with currentState), or changed concurrently", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response removeEngagement(@PathParam("applicationId") UUID applicationId, @PathParam("engagementId") UUID engagementId,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "ETag read last (optional)") String ifMatch) {
        return noContent(sections.removeEngagement(applicationId, engagementId, ifMatch));
    }

    @POST
    @Path("/credentials-held")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.APPLICANT)
    @Operation(summary = "Add a credential held", description = "A credential the applicant holds, with its proof if any.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CredentialHeldInput.class), examples = @ExampleObject(name = "example", value = """
            {"body":"EMCC","credential":"Senior Practitioner","internationalBody":true,"awardedOn":"2019-05-01",\
            "documentId":"8c7b6a5f-4e3d-4c2b-9a1f-0e9d8c7b6a5f"}""")))
    @APIResponse(responseCode = "201", description = "Added",
            headers = @Header(name = HttpHeaders.ETAG, description = "The application's new version", schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CredentialHeldEvidence.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such application or item", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not a DRAFT (application-not-editable, with currentState), or changed concurrently", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addCredential(@PathParam("applicationId") UUID applicationId, @Valid @NotNull CredentialHeldInput input,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "ETag read last (optional)") String ifMatch) {
        Edited<CredentialHeldEvidence> edited = sections.addCredential(applicationId, input, ifMatch);
        return created(applicationId, "credentials-held", edited.body().credentialId(), edited);
    }

    @PUT
    @Path("/credentials-held/{credentialId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.APPLICANT)
    @Operation(summary = "Replace a credential held")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CredentialHeldInput.class), examples = @ExampleObject(name = "example", value = """
            {"body":"EMCC","credential":"Senior Practitioner","internationalBody":true,"awardedOn":"2019-05-01",\
            "documentId":"8c7b6a5f-4e3d-4c2b-9a1f-0e9d8c7b6a5f"}""")))
    @APIResponse(responseCode = "200", description = "Replaced",
            headers = @Header(name = HttpHeaders.ETAG, description = "The application's new version", schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CredentialHeldEvidence.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such application or item", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not a DRAFT (application-not-editable, with currentState), or changed concurrently", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response replaceCredential(@PathParam("applicationId") UUID applicationId, @PathParam("credentialId") UUID credentialId,
            @Valid @NotNull CredentialHeldInput input, @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "ETag read last (optional)") String ifMatch) {
        return ok(sections.replaceCredential(applicationId, credentialId, input, ifMatch));
    }

    @DELETE
    @Path("/credentials-held/{credentialId}")
    @RolesAllowed(Roles.APPLICANT)
    @Operation(summary = "Remove a credential held")
    @APIResponse(responseCode = "204", description = "Removed",
            headers = @Header(name = HttpHeaders.ETAG, description = "The application's new version", schema = @Schema(implementation = String.class)))
    @APIResponse(responseCode = "404", description = "No such application or item", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not a DRAFT (application-not-editable, with currentState), or changed concurrently", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response removeCredential(@PathParam("applicationId") UUID applicationId, @PathParam("credentialId") UUID credentialId,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "ETag read last (optional)") String ifMatch) {
        return noContent(sections.removeCredential(applicationId, credentialId, ifMatch));
    }

    @PUT
    @Path("/engagements/{engagementId}/reference")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.APPLICANT)
    @Operation(summary = "Set an engagement's reference",
            description = "A LETTER (with its document) or the referee's CONTACT details with their consent to be contacted.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReferenceInput.class), examples = @ExampleObject(name = "example", value = """
            {"kind":"CONTACT","refereeName":"Jonas Berg","refereeEmail":"jonas.berg@example.org","refereeRole":"MENTEE",\
            "documentId":null,"consentToContact":true,"confidential":false}""")))
    @APIResponse(responseCode = "200", description = "Set",
            headers = @Header(name = HttpHeaders.ETAG, description = "The application's new version", schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReferenceEvidence.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such application or item", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not a DRAFT (application-not-editable, with currentState), or changed concurrently", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response putReference(@PathParam("applicationId") UUID applicationId, @PathParam("engagementId") UUID engagementId,
            @Valid @NotNull ReferenceInput input, @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "ETag read last (optional)") String ifMatch) {
        return ok(sections.putReference(applicationId, engagementId, input, ifMatch));
    }

    @DELETE
    @Path("/engagements/{engagementId}/reference")
    @RolesAllowed(Roles.APPLICANT)
    @Operation(summary = "Remove an engagement's reference")
    @APIResponse(responseCode = "204", description = "Removed",
            headers = @Header(name = HttpHeaders.ETAG, description = "The application's new version", schema = @Schema(implementation = String.class)))
    @APIResponse(responseCode = "404", description = "No such application or item", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not a DRAFT (application-not-editable, with currentState), or changed concurrently", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response removeReference(@PathParam("applicationId") UUID applicationId,
            @PathParam("engagementId") UUID engagementId, @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "ETag read last (optional)") String ifMatch) {
        return noContent(sections.removeReference(applicationId, engagementId, ifMatch));
    }

    @PUT
    @Path("/supervision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.APPLICANT)
    @Operation(summary = "Set the supervision declaration", description = "The supervisor's name, e-mail, postal address and focus.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SupervisionInput.class), examples = @ExampleObject(name = "example", value = """
            {"supervisorName":"Helen Carter","supervisorEmail":"helen.carter@example.org",\
            "postalAddress":"22 Example Road, Manchester M1 1AA, United Kingdom","focus":"BOTH"}""")))
    @APIResponse(responseCode = "200", description = "Set",
            headers = @Header(name = HttpHeaders.ETAG, description = "The application's new version", schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SupervisionEvidence.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such application or item", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not a DRAFT (application-not-editable, with currentState), or changed concurrently", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response putSupervision(@PathParam("applicationId") UUID applicationId, @Valid @NotNull SupervisionInput input,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "ETag read last (optional)") String ifMatch) {
        return ok(sections.putSupervision(applicationId, input, ifMatch));
    }

    @DELETE
    @Path("/supervision")
    @RolesAllowed(Roles.APPLICANT)
    @Operation(summary = "Clear the supervision declaration")
    @APIResponse(responseCode = "204", description = "Removed",
            headers = @Header(name = HttpHeaders.ETAG, description = "The application's new version", schema = @Schema(implementation = String.class)))
    @APIResponse(responseCode = "404", description = "No such application or item", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not a DRAFT (application-not-editable, with currentState), or changed concurrently", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response clearSupervision(@PathParam("applicationId") UUID applicationId, @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "ETag read last (optional)") String ifMatch) {
        return noContent(sections.clear(applicationId, SingleSection.SUPERVISION, ifMatch));
    }

    @PUT
    @Path("/education")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.APPLICANT)
    @Operation(summary = "Set the education", description = "The highest relevant qualification, with its document if any.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EducationInput.class), examples = @ExampleObject(name = "example", value = """
            {"level":"MASTER","institution":"University of Example","qualification":"MSc Organisational Psychology",\
            "awardedOn":"2015-07-01","documentId":null}""")))
    @APIResponse(responseCode = "200", description = "Set",
            headers = @Header(name = HttpHeaders.ETAG, description = "The application's new version", schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EducationEvidence.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such application or item", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not a DRAFT (application-not-editable, with currentState), or changed concurrently", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response putEducation(@PathParam("applicationId") UUID applicationId, @Valid @NotNull EducationInput input,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "ETag read last (optional)") String ifMatch) {
        return ok(sections.putEducation(applicationId, input, ifMatch));
    }

    @DELETE
    @Path("/education")
    @RolesAllowed(Roles.APPLICANT)
    @Operation(summary = "Clear the education")
    @APIResponse(responseCode = "204", description = "Removed",
            headers = @Header(name = HttpHeaders.ETAG, description = "The application's new version", schema = @Schema(implementation = String.class)))
    @APIResponse(responseCode = "404", description = "No such application or item", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not a DRAFT (application-not-editable, with currentState), or changed concurrently", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response clearEducation(@PathParam("applicationId") UUID applicationId, @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "ETag read last (optional)") String ifMatch) {
        return noContent(sections.clear(applicationId, SingleSection.EDUCATION, ifMatch));
    }

    @PUT
    @Path("/experience")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.APPLICANT)
    @Operation(summary = "Set the professional experience", description = "Senior management, headship of an institution, and mentoring or coaching service with case records.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ExperienceInput.class), examples = @ExampleObject(name = "example", value = """
            {"seniorManagementYears":12,"headOfInstitution":false,"institutionSize":null,"mentoringCoachingYears":4,\
            "caseRecordDocumentIds":["7b6a5f4e-3d2c-4b1a-9f0e-9d8c7b6a5f4e"]}""")))
    @APIResponse(responseCode = "200", description = "Set",
            headers = @Header(name = HttpHeaders.ETAG, description = "The application's new version", schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExperienceEvidence.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such application or item", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not a DRAFT (application-not-editable, with currentState), or changed concurrently", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response putExperience(@PathParam("applicationId") UUID applicationId, @Valid @NotNull ExperienceInput input,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "ETag read last (optional)") String ifMatch) {
        return ok(sections.putExperience(applicationId, input, ifMatch));
    }

    @DELETE
    @Path("/experience")
    @RolesAllowed(Roles.APPLICANT)
    @Operation(summary = "Clear the professional experience")
    @APIResponse(responseCode = "204", description = "Removed",
            headers = @Header(name = HttpHeaders.ETAG, description = "The application's new version", schema = @Schema(implementation = String.class)))
    @APIResponse(responseCode = "404", description = "No such application or item", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not a DRAFT (application-not-editable, with currentState), or changed concurrently", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response clearExperience(@PathParam("applicationId") UUID applicationId, @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "ETag read last (optional)") String ifMatch) {
        return noContent(sections.clear(applicationId, SingleSection.EXPERIENCE, ifMatch));
    }

    @PUT
    @Path("/ethics")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.APPLICANT)
    @Operation(summary = "Set the ethics declaration", description = "Accepts the code of ethics and conduct; the service records the time of acceptance.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EthicsInput.class), examples = @ExampleObject(name = "example", value = "{\"accepted\":true,\"codeVersion\":\"2024-01\"}")))
    @APIResponse(responseCode = "200", description = "Set",
            headers = @Header(name = HttpHeaders.ETAG, description = "The application's new version", schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EthicsEvidence.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such application or item", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not a DRAFT (application-not-editable, with currentState), or changed concurrently", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response putEthics(@PathParam("applicationId") UUID applicationId, @Valid @NotNull EthicsInput input,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "ETag read last (optional)") String ifMatch) {
        return ok(sections.putEthics(applicationId, input, ifMatch));
    }

    @DELETE
    @Path("/ethics")
    @RolesAllowed(Roles.APPLICANT)
    @Operation(summary = "Clear the ethics declaration")
    @APIResponse(responseCode = "204", description = "Removed",
            headers = @Header(name = HttpHeaders.ETAG, description = "The application's new version", schema = @Schema(implementation = String.class)))
    @APIResponse(responseCode = "404", description = "No such application or item", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not a DRAFT (application-not-editable, with currentState), or changed concurrently", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response clearEthics(@PathParam("applicationId") UUID applicationId, @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "ETag read last (optional)") String ifMatch) {
        return noContent(sections.clear(applicationId, SingleSection.ETHICS, ifMatch));
    }

    @PUT
    @Path("/contribution")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.APPLICANT)
    @Operation(summary = "Set the significant-contribution statement", description = "The statement and its evidence documents (Master Mentor).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ContributionInput.class), examples = @ExampleObject(name = "example", value = """
            {"statement":"I founded and lead the national mentoring network for school heads.",\
            "documentIds":["6a5f4e3d-2c1b-4a0f-9e8d-7c6b5a4f3e2d"]}""")))
    @APIResponse(responseCode = "200", description = "Set",
            headers = @Header(name = HttpHeaders.ETAG, description = "The application's new version", schema = @Schema(implementation = String.class)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContributionEvidence.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each listed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such application or item", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not a DRAFT (application-not-editable, with currentState), or changed concurrently", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response putContribution(@PathParam("applicationId") UUID applicationId, @Valid @NotNull ContributionInput input,
            @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "ETag read last (optional)") String ifMatch) {
        return ok(sections.putContribution(applicationId, input, ifMatch));
    }

    @DELETE
    @Path("/contribution")
    @RolesAllowed(Roles.APPLICANT)
    @Operation(summary = "Clear the significant-contribution statement")
    @APIResponse(responseCode = "204", description = "Removed",
            headers = @Header(name = HttpHeaders.ETAG, description = "The application's new version", schema = @Schema(implementation = String.class)))
    @APIResponse(responseCode = "404", description = "No such application or item", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not a DRAFT (application-not-editable, with currentState), or changed concurrently", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response clearContribution(@PathParam("applicationId") UUID applicationId, @HeaderParam(HttpHeaders.IF_MATCH) @Parameter(description = "ETag read last (optional)") String ifMatch) {
        return noContent(sections.clear(applicationId, SingleSection.CONTRIBUTION, ifMatch));
    }

    private static Response ok(Edited<?> edited) {
        return Response.ok(edited.body()).tag(ETags.tag(edited.version())).build();
    }

    private static Response noContent(Edited<?> edited) {
        return Response.noContent().tag(ETags.tag(edited.version())).build();
    }

    private static Response created(UUID applicationId, String collection, UUID id, Edited<?> edited) {
        return Response.created(URI.create("/api/v1/applications/" + applicationId + "/" + collection + "/" + id))
                .entity(edited.body()).tag(ETags.tag(edited.version())).build();
    }
}
