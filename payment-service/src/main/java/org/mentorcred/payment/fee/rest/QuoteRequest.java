package org.mentorcred.payment.fee.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorcred.payment.fee.Programme;

@Schema(name = "QuoteRequest", description = "What an accreditation would cost")
public record QuoteRequest(
        @NotNull @Schema(required = true, examples = "IPMA_PM") Programme programme,
        @NotNull @Schema(required = true, description = "Member of the body (member price)", examples = "true") Boolean member,
        @Schema(description = "Price on this date (default: today, UTC)", examples = "2026-11-20") LocalDate at) {
}
