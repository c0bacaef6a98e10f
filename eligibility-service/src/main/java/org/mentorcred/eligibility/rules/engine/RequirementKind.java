package org.mentorcred.eligibility.rules.engine;

import java.util.Set;

/** The closed set of requirement kinds a rule set is written in, each with the parameters it takes. */
public enum RequirementKind {
    MINIMUM_TOTAL(Set.of("measure", "minimum", "centreTypes", "evidenceRequired")),
    MENTORING_YEARS(Set.of("minimum")),
    DECLARED_EXPERIENCE(Set.of("measure", "minimum", "caseRecordsRequired")),
    MINIMUM_EDUCATION(Set.of("level")),
    CREDENTIAL_OR_TRAINING(Set.of("credentialBody", "credentialNames", "trainingLevels", "evidenceRequired")),
    CREDENTIAL_HELD(Set.of("internationalBody", "proofRequired")),
    INSTITUTION_HEAD(Set.of("minimum")),
    DECLARATION(Set.of("declaration")),
    REVIEWER_JUDGEMENT(Set.of("statement", "evidenceRequired")),
    ANY_OF(Set.of("options"));

    private final Set<String> parameters;

    RequirementKind(Set<String> parameters) {
        this.parameters = parameters;
    }

    public Set<String> parameters() {
        return parameters;
    }
}
