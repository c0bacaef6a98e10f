package org.mentorcred.eligibility.rules.engine;

import java.time.LocalDate;
import java.util.Optional;

/**
 * {@code MENTORING_YEARS}: the completed engagements span at least {@code years} whole years, from the
 * earliest start to the latest end, counted in days (2 years 364 days is short of 3 years).
 */
public record MentoringYears(String code, String description, int years) implements Requirement {

    @Override
    public RequirementOutcome evaluate(EvidenceFacts facts) {
        String required = Words.count(years, "year", "years");
        Optional<EvidenceFacts.Span> span = facts.mentoringSpan();
        if (span.isEmpty()) {
            return RequirementOutcome.unmet(this, required, "0 days", required
                    + " of mentoring experience, from the first start to the last end of completed engagements"
                    + " (none completed yet)");
        }
        LocalDate from = span.get().from();
        LocalDate to = span.get().to();
        LocalDate enough = from.plusYears(years);
        String actual = Words.span(from, to);
        if (!to.isBefore(enough)) {
            return RequirementOutcome.met(this, required, actual);
        }
        return RequirementOutcome.unmet(this, required, actual, Words.span(to, enough)
                + " more of mentoring experience: completed engagements must span " + required
                + " from the first start to the last end");
    }
}
