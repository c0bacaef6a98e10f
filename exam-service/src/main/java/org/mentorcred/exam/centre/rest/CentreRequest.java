package org.mentorcred.exam.centre.rest;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorcred.exam.common.IanaTimeZone;
import org.mentorcred.exam.common.IsoCountry;

@Schema(description = "A testing centre as an admin creates or updates it")
public record CentreRequest(
        @Schema(examples = "MentorCred Testing Centre London") @NotBlank @Size(max = 200) String name,
        @Schema(examples = "1 Example Street, EC1A 1BB") @NotBlank @Size(max = 500) String address,
        @Schema(examples = "London") @NotBlank @Size(max = 100) String city,
        @Schema(description = "ISO 3166-1 alpha-2", examples = "GB") @NotNull @IsoCountry String country,
        @Schema(examples = "51.5072") @NotNull @DecimalMin("-90") @DecimalMax("90") @Digits(integer = 2, fraction = 6)
        BigDecimal latitude,
        @Schema(examples = "-0.1276") @NotNull @DecimalMin("-180") @DecimalMax("180") @Digits(integer = 3, fraction = 6)
        BigDecimal longitude,
        @Schema(description = "IANA time zone: sessions are placed at local times", examples = "Europe/London")
        @NotNull @IanaTimeZone String timeZone,
        @Schema(description = "Seats of a new session at this centre", examples = "20") @NotNull @Min(1) @Max(10_000)
        Integer seatsPerSession,
        @Schema(description = "Inactive centres get no new sessions and are not listed as nearest; default true")
        Boolean active,
        @Schema(description = "Required when updating: the version you read (optimistic concurrency)", examples = "0")
        @PositiveOrZero Integer version) {
}
