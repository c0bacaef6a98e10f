package org.mentorcred.eligibility.rules.engine;

import java.time.LocalDate;
import java.util.List;

import org.mentorcred.eligibility.rules.Programme;
import org.mentorcred.eligibility.rules.model.RuleSetDocument;

/**
 * A programme's requirements as one immutable version, compiled from its data; {@code document} is that data
 * in its normalised form (the form stored, compared and published).
 */
public record RuleSet(Programme programme, int version, LocalDate effectiveFrom, List<Requirement> requirements,
        RuleSetDocument document) {

    public Evaluation evaluate(EvidenceFacts facts) {
        return Evaluation.of(programme, version, requirements.stream().map(r -> r.evaluate(facts)).toList());
    }
}
