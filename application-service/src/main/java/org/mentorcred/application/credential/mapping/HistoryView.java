package org.mentorcred.application.credential.mapping;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorcred.application.credential.CredentialHistoryEntry;
import org.mentorcred.application.credential.CredentialStatus;

@Schema(description = "One change of a credential's status")
public record HistoryView(
        Instant at,
        @Schema(description = "Subject of who did it, or system", examples = "admin-1") String actor,
        @Schema(examples = "admin") String actorRole,
        @Schema(examples = "SUSPEND") String action,
        CredentialStatus from,
        CredentialStatus to,
        @Schema(examples = "Complaint under investigation") String reason) {

    public static HistoryView of(CredentialHistoryEntry e) {
        return new HistoryView(e.at, e.actor, e.actorRole, e.action, e.fromStatus, e.toStatus, e.reason);
    }
}
