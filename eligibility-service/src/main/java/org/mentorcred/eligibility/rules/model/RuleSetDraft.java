package org.mentorcred.eligibility.rules.model;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new version of a programme's rule set, as an admin publishes it. */
@Schema(description = "A new rule-set version: the next version number, the date it takes effect, and its requirements")
public record RuleSetDraft(
        @Schema(description = "The next version number of the programme", examples = "2") Integer version,
        @Schema(description = "First application date it applies to: today or later, after the latest version's",
                examples = "2027-01-01") LocalDate effectiveFrom,
        @Schema(description = "The requirements, in the order they are shown") List<RequirementSpec> requirements) {
}
