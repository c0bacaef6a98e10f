package org.mentorcred.eligibility.rules.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A rule set as data: the requirements of one programme, version {@code version}, in effect from
 * {@code effectiveFrom} until the next version's date. Bundled versions live in
 * {@code src/main/resources/rules/<PROGRAMME>/v<N>.json}; an admin publishes later ones over the API.
 */
public record RuleSetDocument(String programme, Integer version, LocalDate effectiveFrom,
        List<RequirementSpec> requirements) {
}
