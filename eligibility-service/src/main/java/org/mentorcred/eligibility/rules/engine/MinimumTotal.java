package org.mentorcred.eligibility.rules.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.mentorcred.eligibility.evidence.CentreType;
import org.mentorcred.eligibility.evidence.Training;

/** {@code MINIMUM_TOTAL}: a measure of the evidence reaches a minimum (inclusive). */
public record MinimumTotal(String code, String description, Measure measure, BigDecimal minimum,
        Set<CentreType> centreTypes, boolean evidenceRequired) implements Requirement {

    @Override
    public RequirementOutcome evaluate(EvidenceFacts facts) {
        return switch (measure) {
            case TRAINING_HOURS -> trainingHours(facts);
            case SERVICE_HOURS -> total(facts.serviceHours(), Words.more(minimum.subtract(facts.serviceHours()),
                    "service hour", "service hours") + " on completed engagements" + notCompleted(facts));
            case COMPLETED_ENGAGEMENTS -> {
                BigDecimal actual = BigDecimal.valueOf(facts.completedEngagements().size());
                yield total(actual, Words.more(minimum.subtract(actual).longValue(), "completed engagement",
                        "completed engagements") + notCompleted(facts));
            }
            case REFERENCES -> {
                BigDecimal actual = BigDecimal.valueOf(facts.references());
                long missing = minimum.subtract(actual).longValue();
                yield total(actual, Words.more(missing, "reference", "references")
                        + (missing == 1 ? " on a completed engagement" : " on completed engagements")
                        + ": a reference letter or email uploaded, or the referee's email and their consent to be contacted");
            }
        };
    }

    private RequirementOutcome total(BigDecimal actual, String explanation) {
        String required = Words.number(minimum);
        if (actual.compareTo(minimum) >= 0) {
            return RequirementOutcome.met(this, required, Words.number(actual));
        }
        return RequirementOutcome.unmet(this, required, Words.number(actual), explanation);
    }

    private RequirementOutcome trainingHours(EvidenceFacts facts) {
        BigDecimal hours = BigDecimal.ZERO;
        int notEnded = 0;
        int otherCentre = 0;
        int withoutEvidence = 0;
        for (Training training : facts.evidence().trainings()) {
            if (!facts.ended(training)) {
                notEnded++;
            } else if (!centreTypes.contains(training.centreType())) {
                otherCentre++;
            } else if (evidenceRequired && !EvidenceFacts.hasEvidence(training)) {
                withoutEvidence++;
            } else {
                hours = hours.add(training.hours());
            }
        }
        List<String> notCounted = new ArrayList<>();
        if (otherCentre > 0) {
            notCounted.add(Words.count(otherCentre, "training", "trainings") + " from another type of centre");
        }
        if (withoutEvidence > 0) {
            notCounted.add(Words.count(withoutEvidence, "training", "trainings") + " without evidence");
        }
        if (notEnded > 0) {
            notCounted.add(Words.count(notEnded, "training", "trainings") + " not ended by the application date");
        }
        String from = " from " + Words.either(centreTypes.stream().sorted().map(CentreType::words).toList()) + " centres";
        String evidence = evidenceRequired
                ? ", each with a certificate or letter uploaded, or a partner's completion record"
                : "";
        return total(hours, Words.more(minimum.subtract(hours), "training hour", "training hours") + from + evidence
                + (notCounted.isEmpty() ? "" : " (not counted: " + String.join(", ", notCounted) + ")"));
    }

    private static String notCompleted(EvidenceFacts facts) {
        int n = facts.engagementsNotCounted();
        return n == 0 ? "" : " (not counted: " + Words.count(n, "engagement", "engagements")
                + " not completed by the application date)";
    }
}
