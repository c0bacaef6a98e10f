package org.mentorcred.payment.fee.rest;

import java.time.LocalDate;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentorcred.commons.problem.Problem;
import org.mentorcred.payment.api.QueryParams;
import org.mentorcred.payment.fee.service.FeeScheduleService;

@Path("/api/v1/fees")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Fees", description = "The versioned fee schedule (public)")
@PermitAll
public class FeeResource {

    @Inject
    FeeScheduleService fees;

    @GET
    @Operation(summary = "The fee schedule", description = "The version in force today, or on the date given.")
    @APIResponse(responseCode = "200", description = "The schedule",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeeScheduleView.class)))
    @APIResponse(responseCode = "400", description = "The date is not a date",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No schedule was in force on that date",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FeeScheduleView schedule(
            @Parameter(description = "The date the schedule was in force (YYYY-MM-DD); default today (UTC)",
                    example = "2026-11-20", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("at") String at) {
        LocalDate date = QueryParams.date("at", at);
        return FeeScheduleView.of(fees.effectiveOn(date == null ? FeeScheduleService.today() : date));
    }

    @POST
    @Path("/quotes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Quote an accreditation",
            description = "The lines (accreditation fee at the member or non-member price, plus the exam fee for IPMA "
                    + "programmes) and the total, as an invoice would charge them.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = QuoteRequest.class),
            examples = @ExampleObject(name = "member", value = "{\"programme\":\"IPMA_PM\",\"member\":true}")))
    @APIResponse(responseCode = "200", description = "The quote",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuoteView.class)))
    @APIResponse(responseCode = "400", description = "Missing or invalid field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No schedule was in force on that date",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public QuoteView quote(@Valid @NotNull QuoteRequest request) {
        LocalDate at = request.at() == null ? FeeScheduleService.today() : request.at();
        return QuoteView.of(request.programme(), request.member(),
                fees.accreditation(request.programme(), request.member(), at));
    }
}
