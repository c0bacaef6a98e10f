package org.mentorcred.application.review.mapping;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorcred.application.application.mapping.ApplicantSummary;
import org.mentorcred.application.programme.ProgrammeCode;

@Schema(description = "An application under review, as the reviewer's queue shows it")
public record ReviewQueueItem(
        UUID applicationId,
        ProgrammeCode programme,
        ApplicantSummary applicant,
        @Schema(description = "When it entered UNDER_REVIEW") Instant enteredReviewAt,
        @Schema(description = "Entered-review date + the weeks of its slowest training centre type", examples = "2027-02-07") LocalDate targetDate,
        @Schema(examples = "4") int targetWeeks,
        @Schema(description = "The centre type that set the target (ACCREDITED, ENDORSED, NON_ACCREDITED, QTSP) or DEFAULT", examples = "ACCREDITED") String targetBasis,
        @Schema(description = "The target date has passed") boolean overdue,
        @Schema(description = "The reviewer's subject, null while unassigned", examples = "reviewer-1") String assignee,
        Instant assignedAt,
        ReferenceCheckSummary referenceChecks,
        @Schema(description = "Questions to the applicant not answered yet") long openInformationRequests) {
}
