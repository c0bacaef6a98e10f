package org.mentorcred.application.programme;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorcred.application.evidence.Evidence;
import org.mentorcred.commons.problem.Violation;

/** One thing a programme requires before submission: at least one of {@code anyOf} sections filled in. */
@Schema(description = "A completeness requirement: at least one of the sections must be filled in")
public record Requirement(
        @Schema(description = "Name reported in a violation when the requirement is not met", examples = "prerequisite") String field,
        @Schema(description = "Sections of which one suffices", examples = "[\"credentialsHeld\", \"trainings\"]") List<Section> anyOf,
        @Schema(description = "Why it is required, for alternatives", examples = "Holds IPMA PM or has equivalent training") String description) {

    public Requirement {
        anyOf = List.copyOf(anyOf);
    }

    public boolean isMetBy(Evidence evidence) {
        return anyOf.stream().anyMatch(s -> s.isFilledIn(evidence));
    }

    public Violation violation() {
        if (anyOf.size() == 1) {
            return new Violation(field, anyOf.get(0).whatToDo());
        }
        return new Violation(field, (description == null ? "One of these is needed" : description) + ": "
                + anyOf.stream().map(s -> lowerFirst(s.whatToDo())).collect(Collectors.joining(", or ")));
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
