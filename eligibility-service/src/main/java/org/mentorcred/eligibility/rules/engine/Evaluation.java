package org.mentorcred.eligibility.rules.engine;

import java.util.List;

import org.mentorcred.eligibility.rules.Programme;

/**
 * An applicant's evidence measured against a programme's rule set: eligible when every requirement is met
 * (a statement left to a reviewer counts as met); pending review when some requirement is such a statement.
 */
public record Evaluation(Programme programme, int ruleSetVersion, boolean eligible, boolean pendingReview,
        List<RequirementOutcome> requirements) {

    static Evaluation of(Programme programme, int ruleSetVersion, List<RequirementOutcome> requirements) {
        return new Evaluation(programme, ruleSetVersion, requirements.stream().allMatch(RequirementOutcome::met),
                requirements.stream().anyMatch(RequirementOutcome::pendingReview), requirements);
    }

    /** What is missing, one entry per unmet requirement, in the rule set's order. */
    public List<String> missing() {
        return requirements.stream().filter(r -> !r.met()).map(RequirementOutcome::explanation).toList();
    }
}
