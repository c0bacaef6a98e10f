package org.mentorcred.application.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.mentorcred.application.evidence.EducationLevel;
import org.mentorcred.application.evidence.Evidence;
import org.mentorcred.application.programme.ProgrammeCode;

/** {@code events/schemas/ApplicationSubmitted.v1.schema.json}: everything consumers need, so none calls back. */
public record ApplicationSubmitted(UUID applicationId, ProgrammeCode programme, Instant submittedAt, Applicant applicant,
        Evidence evidence) {

    public record Applicant(UUID applicantId, String name, String email, String preferredLanguage, String subject,
            String country, String city, double latitude, double longitude, boolean member, LocalDate memberSince,
            EducationLevel highestEducation) {
    }
}
