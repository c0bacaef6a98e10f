package org.mentorcred.eligibility.decision.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorcred.eligibility.decision.service.DecisionService.Decision;
import org.mentorcred.eligibility.rules.Programme;
import org.mentorcred.eligibility.rules.engine.RequirementOutcome;

/** An application's eligibility decision, with every requirement explained. */
@Schema(description = "The eligibility decision on an application's latest submission")
public record DecisionView(
        UUID decisionId,
        UUID applicationId,
        UUID applicantId,
        @Schema(examples = "IMC_CPM") Programme programme,
        @Schema(description = "Every requirement met, or left to a reviewer") boolean eligible,
        @Schema(description = "Some requirement is a statement a reviewer judges") boolean pendingReview,
        @Schema(description = "The rule-set version in effect on the submission date", examples = "1") int ruleSetVersion,
        OffsetDateTime submittedAt,
        OffsetDateTime decidedAt,
        List<RequirementOutcome> requirements,
        @Schema(description = "What is missing, one line per unmet requirement") List<String> missing) {

    static DecisionView of(Decision decision) {
        var row = decision.row();
        return new DecisionView(row.id, row.applicationId, row.applicantId, row.programme, row.eligible, row.pendingReview,
                row.ruleSetVersion, row.submittedAt, row.decidedAt, decision.requirements(),
                decision.requirements().stream().filter(r -> !r.met()).map(RequirementOutcome::explanation).toList());
    }
}
