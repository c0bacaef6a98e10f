package org.mentorcred.application.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.mentorcred.application.programme.ProgrammeCode;

/** {@code events/schemas/ApplicationDecided.v1.schema.json}. */
public record ApplicationDecided(UUID applicationId, ProgrammeCode programme, Contact applicant, String decision,
        List<String> reasons, Instant decidedAt) {
}
