package org.mentorcred.application.credential.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a holder reports to renew: professional development units earned and supervision sessions held. */
@Schema(description = "PDU activities and supervision sessions of the current validity period")
public record RenewalRequest(
        @NotNull @Size(max = 200) List<@Valid @NotNull PduActivity> activities,
        @NotNull @Size(max = 200) @Schema(description = "Required for IMC_CPM: the programme's sessions for each year of validity")
        List<@Valid @NotNull SupervisionSession> supervisionSessions,
        @Size(max = 4000) @Schema(description = "Anything the reviewer should know") String statement) {

    @Schema(description = "A professional development activity and the units it earned")
    public record PduActivity(
            @NotBlank @Size(max = 300) @Schema(examples = "Advanced Mentoring Conversations") String title,
            @Size(max = 200) @Schema(examples = "Mentoring Academy") String provider,
            @NotNull @PastOrPresent @Schema(examples = "2027-03-14") LocalDate completedOn,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("500") @Digits(integer = 3, fraction = 2)
            @Schema(examples = "12.5") BigDecimal pdus) {
    }

    @Schema(description = "A mentoring supervision session")
    public record SupervisionSession(
            @NotNull @PastOrPresent @Schema(examples = "2026-05-04") LocalDate date,
            @NotBlank @Size(max = 200) @Schema(examples = "Helen Carter") String supervisorName,
            @Min(1) @Max(1440) @Schema(examples = "60") Integer minutes) {
    }
}
