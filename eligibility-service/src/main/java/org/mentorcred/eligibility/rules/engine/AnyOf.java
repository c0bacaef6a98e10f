package org.mentorcred.eligibility.rules.engine;

import java.util.List;

/** {@code ANY_OF}: at least one of the alternatives is met. */
public record AnyOf(String code, String description, List<Requirement> options) implements Requirement {

    @Override
    public RequirementOutcome evaluate(EvidenceFacts facts) {
        List<RequirementOutcome> outcomes = options.stream().map(o -> o.evaluate(facts)).toList();
        String required = "at least one of " + Words.either(options.stream().map(Requirement::code).toList());
        List<RequirementOutcome> met = outcomes.stream().filter(RequirementOutcome::met).toList();
        if (met.isEmpty()) {
            return new RequirementOutcome(code, description, required, "none met", false, false,
                    "one of: " + String.join("; or ", outcomes.stream().map(RequirementOutcome::explanation).toList()),
                    outcomes);
        }
        boolean onlyPending = met.stream().allMatch(RequirementOutcome::pendingReview);
        return new RequirementOutcome(code, description, required,
                "met by " + String.join(", ", met.stream().map(RequirementOutcome::code).toList()), true, onlyPending,
                onlyPending ? met.get(0).explanation() : null, outcomes);
    }
}
