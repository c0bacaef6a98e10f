package org.mentorcred.eligibility.check.rest;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorcred.eligibility.evidence.EducationLevel;
import org.mentorcred.eligibility.evidence.Evidence;
import org.mentorcred.eligibility.rules.Programme;

/** An evidence snapshot to check, for one programme or all of them. */
@Schema(description = "Evidence to check against the rules")
public record CheckRequest(
        @Schema(description = "Check only this programme; all programmes when absent", nullable = true, examples = "IPMA_PM")
        Programme programme,
        @Schema(description = "The date to judge on (rule set in effect, engagements completed by then); today when absent",
                nullable = true, examples = "2026-11-23") LocalDate applicationDate,
        @Schema(description = "The applicant's highest education (the evidence's education record counts too)",
                nullable = true, examples = "BACHELOR") EducationLevel highestEducation,
        @NotNull @Valid Evidence evidence) {
}
