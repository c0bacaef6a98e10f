package org.mentorcred.eligibility.rules.engine;

import java.util.ArrayList;
import java.util.List;

import org.mentorcred.eligibility.evidence.Ethics;
import org.mentorcred.eligibility.evidence.Supervision;

/** {@code DECLARATION}: a declaration is present and complete. */
public record DeclarationPresent(String code, String description, Declaration declaration) implements Requirement {

    @Override
    public RequirementOutcome evaluate(EvidenceFacts facts) {
        return switch (declaration) {
            case ETHICS -> ethics(facts.evidence().ethics());
            case SUPERVISION -> supervision(facts.evidence().supervision());
        };
    }

    private RequirementOutcome ethics(Ethics ethics) {
        if (ethics != null && ethics.acceptedAt() != null) {
            return RequirementOutcome.met(this, "declared", "declared");
        }
        return RequirementOutcome.unmet(this, "declared", "missing", "adopt the code of ethics and conduct");
    }

    private RequirementOutcome supervision(Supervision supervision) {
        if (supervision == null) {
            return RequirementOutcome.unmet(this, "declared", "missing",
                    "declare a supervisor: their name, email, postal address and focus area");
        }
        List<String> missing = new ArrayList<>();
        if (blank(supervision.supervisorName())) {
            missing.add("name");
        }
        if (blank(supervision.supervisorEmail())) {
            missing.add("email");
        }
        if (blank(supervision.postalAddress())) {
            missing.add("postal address");
        }
        if (supervision.focus() == null) {
            missing.add("focus area");
        }
        if (missing.isEmpty()) {
            return RequirementOutcome.met(this, "declared", "declared");
        }
        return RequirementOutcome.unmet(this, "declared", "incomplete",
                "the supervisor's " + Words.all(missing));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
