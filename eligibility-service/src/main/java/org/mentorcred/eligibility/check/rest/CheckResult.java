package org.mentorcred.eligibility.check.rest;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorcred.eligibility.rules.Programme;
import org.mentorcred.eligibility.rules.engine.Evaluation;
import org.mentorcred.eligibility.rules.engine.RequirementOutcome;

/** The evidence measured against each programme asked for. */
@Schema(description = "Pre-check result: per programme, met or not per requirement and what is missing")
public record CheckResult(
        @Schema(description = "The date judged on", examples = "2026-11-23") LocalDate applicationDate,
        List<ProgrammeCheck> programmes) {

    @Schema(description = "One programme, checked")
    public record ProgrammeCheck(
            @Schema(examples = "IPMA_PM") Programme programme,
            @Schema(examples = "1") int ruleSetVersion,
            boolean eligible,
            boolean pendingReview,
            List<RequirementOutcome> requirements,
            @Schema(description = "What is missing, one line per unmet requirement") List<String> missing) {

        public static ProgrammeCheck of(Evaluation evaluation) {
            return new ProgrammeCheck(evaluation.programme(), evaluation.ruleSetVersion(), evaluation.eligible(),
                    evaluation.pendingReview(), evaluation.requirements(), evaluation.missing());
        }
    }
}
