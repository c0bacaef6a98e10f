package org.mentorcred.application.messaging;

import java.time.Instant;
import java.util.UUID;

import org.mentorcred.application.programme.ProgrammeCode;

/** {@code events/schemas/TrainingProviderAssigned.v1.schema.json}: both parties' contact, so they can meet. */
public record TrainingProviderAssigned(UUID applicationId, ProgrammeCode programme, Applicant applicant,
        Provider provider, double distanceKm, Instant assignedAt) {

    public record Applicant(UUID applicantId, String name, String email, String preferredLanguage, String city,
            String country) {
    }

    public record Provider(UUID providerId, String name, String contactName, String email, String phone, String city,
            String country, String preferredLanguage) {
    }
}
