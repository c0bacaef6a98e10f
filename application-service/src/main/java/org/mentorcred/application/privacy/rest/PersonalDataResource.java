package org.mentorcred.application.privacy.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorcred.application.privacy.ErasureReceipt;
import org.mentorcred.application.privacy.PersonalDataExport;
import org.mentorcred.application.privacy.PersonalDataService;
import org.mentorcred.commons.problem.Problem;
import org.mentorcred.commons.security.Roles;

@Path("/api/v1/me")
@Tag(name = "Personal data", description = "An applicant's export of their data, and erasure")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not an applicant",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class PersonalDataResource {

    @Inject
    PersonalDataService personalData;

    @GET
    @Path("/export")
    @RolesAllowed(Roles.APPLICANT)
    @Operation(summary = "Export my data",
            description = "Everything application-service holds about the caller: profile, applications with their "
                    + "evidence, documents and timelines, matched partner records; and which other services hold "
                    + "more (with where to read it).")
    @APIResponse(responseCode = "200", description = "The export",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PersonalDataExport.class)))
    public PersonalDataExport export() {
        return personalData.export();
    }

    @POST
    @Path("/erasure")
    @RolesAllowed(Roles.APPLICANT)
    @Operation(summary = "Erase my personal data",
            description = "Withdraws the caller's open applications, then anonymises their names, e-mails, places, "
                    + "contacts, free text and document contents here and, through ApplicantErased, in every other "
                    + "service. Kept: what the credential registry and the accounts require (ids, statuses, dates, "
                    + "decisions, invoice amounts, credential numbers). Repeating it is harmless.")
    @APIResponse(responseCode = "200", description = "Erased",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ErasureReceipt.class)))
    @APIResponse(responseCode = "404", description = "The caller has no profile, so nothing to erase",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ErasureReceipt erase() {
        return personalData.erase();
    }
}
