package org.mentorcred.application.review.mapping;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a referee is asked through their link: who, when, how much; nothing more of the application. */
@Schema(description = "What the referee is asked to confirm")
public record ReferenceCheckQuestion(
        @Schema(examples = "Amara Okafor") String applicantName,
        @Schema(examples = "2023-01-09") LocalDate engagementStartDate,
        @Schema(description = "Null if the engagement goes on", examples = "2023-12-15") LocalDate engagementEndDate,
        @Schema(examples = "40.00") BigDecimal engagementHours,
        @Schema(examples = "Did Amara Okafor mentor you from 2023-01-09 to 2023-12-15, for about 40 hours?") String question,
        @Schema(description = "The link works until then, once") Instant expiresAt) {
}
