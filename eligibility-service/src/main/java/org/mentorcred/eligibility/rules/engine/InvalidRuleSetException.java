package org.mentorcred.eligibility.rules.engine;

import java.util.List;
import java.util.stream.Collectors;

import org.mentorcred.commons.problem.Violation;

/** A rule set's data breaks the rules of the format; {@link #problems()} lists every problem found. */
public class InvalidRuleSetException extends RuntimeException {

    private final List<Violation> problems;

    public InvalidRuleSetException(String what, List<Violation> problems) {
        super(what + " is invalid: " + problems.stream().map(p -> p.field() + " " + p.message())
                .collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<Violation> problems() {
        return problems;
    }
}
