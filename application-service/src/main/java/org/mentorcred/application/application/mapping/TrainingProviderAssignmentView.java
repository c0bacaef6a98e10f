package org.mentorcred.application.application.mapping;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorcred.application.application.ProviderAssignment;

@Schema(description = "The QTSP that delivers a fast-track applicant's training; the provider fields are null until ASSIGNED")
public record TrainingProviderAssignmentView(
        ProviderAssignment status,
        UUID providerId,
        @Schema(examples = "Thames Mentoring QTSP") String name,
        String city,
        String country,
        String contactName,
        String contactEmail,
        String contactPhone,
        @Schema(description = "Great-circle distance to the applicant", examples = "58.4") BigDecimal distanceKm,
        Instant assignedAt) {
}
