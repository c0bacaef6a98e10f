package org.mentorcred.application.application.mapping;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorcred.application.application.ApplicationStatus;
import org.mentorcred.application.document.DocumentView;
import org.mentorcred.application.evidence.Evidence;
import org.mentorcred.application.programme.ProgrammeCode;

@Schema(description = "An application with what the applicant must do next, its evidence, documents, training provider and timeline")
public record ApplicationView(
        UUID id,
        ProgrammeCode programme,
        ApplicationStatus status,
        NextStep nextStep,
        @Schema(description = "Whether the applicant may still change it (only a DRAFT)") boolean editable,
        ApplicantSummary applicant,
        @Schema(description = "Also sent as the ETag; send it back in If-Match", examples = "3") long version,
        Instant createdAt,
        Instant updatedAt,
        Instant submittedAt,
        @Schema(description = "Programme catalogue version that judged it complete") String catalogueVersion,
        @Schema(description = "A draft's current evidence; once submitted, the evidence as submitted") Evidence evidence,
        List<DocumentView> documents,
        TrainingProviderAssignmentView trainingProvider,
        @Schema(description = "Every status change and note, oldest first") List<TimelineEntryView> timeline) {
}
