package org.mentorcred.application.messaging;

import java.time.Instant;
import java.util.UUID;

import org.mentorcred.application.evidence.CourseLevel;
import org.mentorcred.application.programme.ProgrammeCode;

/** {@code events/schemas/ExamAuthorized.v1.schema.json}: what exam-service needs to let the candidate book. */
public record ExamAuthorized(UUID applicationId, UUID authorizationId, ProgrammeCode programme, CourseLevel level,
        Candidate candidate, int attemptsAllowed, int attemptsUsed, Instant authorizedAt) {

    public record Candidate(UUID applicantId, String name, String email, String preferredLanguage, String subject,
            String country, String city, double latitude, double longitude) {
    }
}
