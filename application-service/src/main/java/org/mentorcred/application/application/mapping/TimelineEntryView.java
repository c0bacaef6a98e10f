package org.mentorcred.application.application.mapping;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorcred.application.application.ApplicationStatus;
import org.mentorcred.application.application.TimelineEntry;

@Schema(description = "A status change, or a note of something that changed no status")
public record TimelineEntryView(
        Instant at,
        @Schema(description = "STATUS_CHANGE or NOTE") TimelineEntry.Kind kind,
        @Schema(description = "Subject of whoever made the change, or system", examples = "amara") String actor,
        @Schema(description = "Their role (applicant, reviewer, admin, ...) or system", examples = "applicant") String actorRole,
        @Schema(description = "Null for the creation and for notes") ApplicationStatus from,
        @Schema(description = "The new status; for a note, the status it was in") ApplicationStatus to,
        @Schema(examples = "Changed my plans") String reason,
        @Schema(description = "Short name of the event that caused it, if one did", examples = "PaymentSucceeded") String event) {
}
