package org.mentorcred.exam.calendar.rest;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a calendar generation did; running it again creates nothing twice")
public record GenerateResult(
        @Schema(examples = "2027") int year,
        @Schema(description = "Centres generated for", examples = "3") int centres,
        @Schema(description = "Sessions created now", examples = "12") int created,
        @Schema(description = "Template slots that already had their session (also if it was moved or cancelled since)",
                examples = "0") int alreadyExisting,
        @Schema(description = "Template slots already in the past, skipped", examples = "0") int skippedInPast,
        @Schema(description = "Ids of the sessions created now") List<UUID> createdSessionIds) {
}
