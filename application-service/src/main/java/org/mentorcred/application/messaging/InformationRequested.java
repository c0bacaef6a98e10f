package org.mentorcred.application.messaging;

import java.time.Instant;
import java.util.UUID;

import org.mentorcred.application.programme.ProgrammeCode;

/** {@code events/schemas/InformationRequested.v1.schema.json}. */
public record InformationRequested(UUID applicationId, UUID requestId, ProgrammeCode programme, Contact applicant,
        String question, Instant askedAt) {
}
