package org.mentorcred.eligibility.rules.engine;

import org.mentorcred.eligibility.evidence.Experience;

/** {@code INSTITUTION_HEAD}: head, principal, dean or president of an educational institution of {@code minimumPeople}+ people. */
public record InstitutionHead(String code, String description, int minimumPeople) implements Requirement {

    @Override
    public RequirementOutcome evaluate(EvidenceFacts facts) {
        String required = "head of an educational institution of " + Words.thousands(minimumPeople) + " or more people";
        Experience experience = facts.evidence().experience();
        if (experience == null || !experience.headOfInstitution()) {
            return RequirementOutcome.unmet(this, required, "not head of an educational institution",
                    "to be the head, principal, dean or president of an educational institution of at least "
                            + Words.thousands(minimumPeople) + " people");
        }
        Integer size = experience.institutionSize();
        if (size == null) {
            return RequirementOutcome.unmet(this, required, "head of an educational institution of unknown size",
                    "the number of people in your institution (at least " + Words.thousands(minimumPeople) + ")");
        }
        String actual = "head of an educational institution of " + Words.thousands(size) + " people";
        if (size >= minimumPeople) {
            return RequirementOutcome.met(this, required, actual);
        }
        return RequirementOutcome.unmet(this, required, actual, "to head an institution of at least "
                + Words.thousands(minimumPeople) + " people (yours has " + Words.thousands(size) + ")");
    }
}
