package org.mentorcred.eligibility.rules.engine;

import org.mentorcred.eligibility.evidence.EducationLevel;

/** {@code MINIMUM_EDUCATION}: the highest education is at least {@code level}. */
public record MinimumEducation(String code, String description, EducationLevel level) implements Requirement {

    @Override
    public RequirementOutcome evaluate(EvidenceFacts facts) {
        String required = level.words();
        String actual = facts.education().words();
        if (facts.education().atLeast(level)) {
            return RequirementOutcome.met(this, required, actual);
        }
        return RequirementOutcome.unmet(this, required, actual, "a " + level.words() + " or higher");
    }
}
