package org.mentorcred.eligibility.check.service;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.mentorcred.eligibility.check.rest.CheckRequest;
import org.mentorcred.eligibility.check.rest.CheckResult;
import org.mentorcred.eligibility.rules.Programme;
import org.mentorcred.eligibility.rules.engine.EvidenceFacts;
import org.mentorcred.eligibility.rules.service.RuleSetService;

/** The stateless pre-check: the same rules as a decision, nothing stored, nothing emitted. */
@ApplicationScoped
public class CheckService {

    @Inject
    RuleSetService ruleSets;

    public CheckResult check(CheckRequest request) {
        LocalDate date = request.applicationDate() == null ? ruleSets.today() : request.applicationDate();
        EvidenceFacts facts = EvidenceFacts.of(request.evidence(), request.highestEducation(), date);
        List<Programme> programmes = request.programme() == null ? Arrays.asList(Programme.values())
                : List.of(request.programme());
        return new CheckResult(date, programmes.stream()
                .map(p -> CheckResult.ProgrammeCheck.of(ruleSets.inEffectOn(p, date).ruleSet().evaluate(facts)))
                .toList());
    }
}
