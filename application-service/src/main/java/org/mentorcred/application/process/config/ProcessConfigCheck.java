package org.mentorcred.application.process.config;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.mentorcred.application.process.ExamLevels;
import org.mentorcred.application.programme.ProgrammeCode;
import org.mentorcred.application.review.config.ReviewConfig;
import org.mentorcred.application.evidence.CentreType;

import io.quarkus.runtime.StartupEvent;

/** The process and review tables make sense, or the service does not start. */
@ApplicationScoped
public class ProcessConfigCheck {

    @Inject
    ProcessConfig process;

    @Inject
    ReviewConfig review;

    void onStart(@Observes StartupEvent event) {
        List<String> problems = problems(process, review);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Invalid mentorcred.process / mentorcred.review settings:\n  "
                    + String.join("\n  ", problems));
        }
    }

    static List<String> problems(ProcessConfig process, ReviewConfig review) {
        List<String> problems = new ArrayList<>();
        if (process.exam().attemptsAllowed() < 1) {
            problems.add("mentorcred.process.exam.attempts-allowed must be at least 1");
        }
        for (ProgrammeCode programme : ProgrammeCode.values()) {
            boolean hasExam = ExamLevels.of(programme).isPresent();
            boolean hasTraining = process.training().containsKey(programme.name());
            if (hasExam && !hasTraining) {
                problems.add("mentorcred.process.training." + programme + " is missing: every IPMA programme needs its training");
            }
            if (!hasExam && hasTraining) {
                problems.add("mentorcred.process.training." + programme + " is set, but " + programme + " has no exam");
            }
        }
        process.training().forEach((key, rule) -> {
            if (Arrays.stream(ProgrammeCode.values()).noneMatch(p -> p.name().equals(key))) {
                problems.add("mentorcred.process.training." + key + ": no such programme");
            }
            if (rule.minHours().compareTo(BigDecimal.ZERO) < 0 || rule.minInPersonDays().compareTo(BigDecimal.ZERO) < 0) {
                problems.add("mentorcred.process.training." + key + ": minimums must not be negative");
            }
        });
        review.targetWeeks().forEach((type, weeks) -> {
            if (Arrays.stream(CentreType.values()).noneMatch(t -> t.name().equals(type))) {
                problems.add("mentorcred.review.target-weeks." + type + ": no such centre type");
            }
            if (weeks == null || weeks < 1) {
                problems.add("mentorcred.review.target-weeks." + type + " must be at least 1");
            }
        });
        if (review.defaultTargetWeeks() < 1) {
            problems.add("mentorcred.review.default-target-weeks must be at least 1");
        }
        if (review.referenceCheck().validity().isNegative() || review.referenceCheck().validity().isZero()) {
            problems.add("mentorcred.review.reference-check.validity must be positive");
        }
        return problems;
    }
}
