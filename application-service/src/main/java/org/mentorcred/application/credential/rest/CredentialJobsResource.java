package org.mentorcred.application.credential.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorcred.application.common.Invalid;
import org.mentorcred.application.credential.mapping.ExpiryRunView;
import org.mentorcred.application.credential.service.ExpiryJob;
import org.mentorcred.commons.api.InputBounds;
import org.mentorcred.commons.problem.Problem;
import org.mentorcred.commons.security.Roles;

/** Background jobs an admin may run by hand. */
@Path("/api/v1/admin/jobs")
@Tag(name = "Jobs", description = "Running background jobs by hand")
@Produces(MediaType.APPLICATION_JSON)
public class CredentialJobsResource {

    @Inject
    ExpiryJob expiry;

    @POST
    @Path("/credential-expiry")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Run the credential expiry job",
            description = "What the daily job does: marks credentials past their expiry EXPIRED and sends CredentialExpiring "
                    + "90 and 30 days before expiry (each once). Without asOf it runs now; with it, as at 00:00 UTC of that "
                    + "day. Safe to run while the scheduled job runs elsewhere.")
    @APIResponse(responseCode = "200", description = "What the run did",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExpiryRunView.class)))
    @APIResponse(responseCode = "400", description = "asOf is not a date (YYYY-MM-DD)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "asOf in the future where that is not allowed (future-as-of)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ExpiryRunView runExpiry(@QueryParam("asOf") @Parameter(description = "The day to run as of (UTC)", example = "2028-01-10")
            String asOf) {
        return expiry.run(parse(asOf));
    }

    private static LocalDate parse(String asOf) {
        if (asOf == null || asOf.isBlank()) {
            return null;
        }
        try {
            return InputBounds.checkDate("asOf", LocalDate.parse(asOf.strip()));
        } catch (DateTimeParseException e) {
            throw Invalid.field("asOf", "must be a date such as 2028-01-10");
        }
    }
}
