package org.mentorcred.eligibility.rules.engine;

import org.mentorcred.eligibility.evidence.Contribution;

/**
 * {@code REVIEWER_JUDGEMENT}: a statement only a reviewer can judge. Given (with evidence documents, if
 * required) it is met pending review, which makes the applicant "eligible, pending review"; missing, it is
 * not met.
 */
public record ReviewerJudgement(String code, String description, Statement statement, boolean evidenceRequired)
        implements Requirement {

    @Override
    public RequirementOutcome evaluate(EvidenceFacts facts) {
        String required = evidenceRequired ? "statement with evidence" : "statement";
        Contribution contribution = facts.evidence().contribution();
        boolean stated = contribution != null && contribution.statement() != null && !contribution.statement().isBlank();
        boolean documented = stated && !contribution.documentIds().isEmpty();
        if (!stated) {
            return RequirementOutcome.unmet(this, required, "missing",
                    "a statement of your significant contribution to the mentoring profession"
                            + (evidenceRequired ? ", with evidence documents" : ""));
        }
        if (evidenceRequired && !documented) {
            return RequirementOutcome.unmet(this, required, "statement without evidence",
                    "evidence documents for your statement of contribution");
        }
        return RequirementOutcome.pendingReview(this, required, "given, pending review",
                "a reviewer will judge your statement" + (documented ? " and its evidence" : ""));
    }
}
