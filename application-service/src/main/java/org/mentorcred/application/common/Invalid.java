package org.mentorcred.application.common;

import java.util.List;

import org.mentorcred.commons.problem.ProblemException;
import org.mentorcred.commons.problem.Violation;

/** A 400 for rules that span fields, in the same shape as the Bean Validation problems of the shared mapper. */
public final class Invalid {

    private Invalid() {
    }

    public static ProblemException request(List<Violation> violations) {
        return new ProblemException(400, "validation", "Invalid request",
                violations.size() == 1 ? "One field is invalid" : violations.size() + " fields are invalid", violations);
    }

    public static ProblemException field(String field, String message) {
        return request(List.of(new Violation(field, message)));
    }
}
