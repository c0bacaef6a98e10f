package org.mentorcred.application.review.mapping;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorcred.application.application.ApplicationStatus;

@Schema(description = "An application's review: target, reviewer, decision")
public record ReviewView(
        UUID applicationId,
        ApplicationStatus status,
        @Schema(description = "The application's version (its ETag)") long version,
        Instant startedAt,
        LocalDate targetDate,
        int targetWeeks,
        String targetBasis,
        boolean overdue,
        String assignee,
        Instant assignedAt,
        @Schema(description = "APPROVED or REJECTED once decided", examples = "APPROVED") String decision,
        List<String> reasons,
        String decidedBy,
        Instant decidedAt) {
}
