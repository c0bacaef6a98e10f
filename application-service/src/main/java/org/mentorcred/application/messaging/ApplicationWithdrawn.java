package org.mentorcred.application.messaging;

import java.time.Instant;
import java.util.UUID;

import org.mentorcred.application.programme.ProgrammeCode;

/** {@code events/schemas/ApplicationWithdrawn.v1.schema.json}. */
public record ApplicationWithdrawn(UUID applicationId, ProgrammeCode programme, Contact applicant, String previousStatus,
        String reason, Instant withdrawnAt) {

    public record Contact(UUID applicantId, String name, String email, String preferredLanguage) {
    }
}
