package org.mentorcred.application.application.mapping;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorcred.application.application.ApplicationStatus;
import org.mentorcred.application.programme.ProgrammeCode;

@Schema(description = "An application in a list")
public record ApplicationSummary(UUID id, ProgrammeCode programme, ApplicationStatus status, ApplicantSummary applicant,
        Instant createdAt, Instant updatedAt, Instant submittedAt) {
}
