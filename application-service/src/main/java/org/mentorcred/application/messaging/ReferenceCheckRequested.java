package org.mentorcred.application.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.mentorcred.application.evidence.RefereeRole;

/**
 * {@code events/schemas/ReferenceCheckRequested.v1.schema.json}. The confirmation URL carries the raw token:
 * this event (and the e-mail made of it) is the only place it exists; the service keeps its SHA-256.
 */
public record ReferenceCheckRequested(UUID applicationId, UUID referenceId, Contact applicant, Referee referee,
        Engagement engagement, String confirmationUrl, Instant expiresAt, Instant requestedAt) {

    public record Referee(String name, String email, RefereeRole role) {
    }

    public record Engagement(String menteeName, LocalDate startDate, LocalDate endDate) {
    }
}
