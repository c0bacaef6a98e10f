package org.mentorcred.application.application.mapping;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorcred.application.application.ApplicationStatus;

@Schema(description = "A status change")
public record TimelineEntryView(
        Instant at,
        @Schema(description = "Subject of whoever made the change, or system", examples = "amara") String actor,
        @Schema(description = "Their role (applicant, reviewer, admin, ...) or system", examples = "applicant") String actorRole,
        @Schema(description = "Null for the creation") ApplicationStatus from,
        ApplicationStatus to,
        @Schema(examples = "Changed my plans") String reason) {
}
