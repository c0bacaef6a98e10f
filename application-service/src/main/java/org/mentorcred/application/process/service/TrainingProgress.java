package org.mentorcred.application.process.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.mentorcred.application.application.Application;
import org.mentorcred.application.application.ProviderAssignment;
import org.mentorcred.application.process.config.ProcessConfig;
import org.mentorcred.application.provider.completion.CompletionRecord;
import org.mentorcred.application.provider.completion.CompletionRecordRepository;
import org.mentorcred.application.provider.completion.CompletionRecordRepository.Matched;

/**
 * Whether an IPMA applicant has completed their level's training: the verified completion records partners
 * reported for the applicant's verified e-mail, measured against {@code mentorcred.process.training.<programme>}.
 */
@ApplicationScoped
public class TrainingProgress {

    @Inject
    ProcessConfig config;

    @Inject
    CompletionRecordRepository completions;

    /**
     * @param hours hours of the counted records (of the counted modes)
     * @param inPersonDays in-person days of the counted records
     * @param records how many records count
     */
    public record Progress(boolean complete, String required, BigDecimal hours, BigDecimal requiredHours,
            BigDecimal inPersonDays, BigDecimal requiredInPersonDays, int records, String missing) {
    }

    /** Empty for a programme without a training requirement (the CPM). */
    public Optional<Progress> of(Application app) {
        ProcessConfig.Training rule = config.training().get(app.programme.name());
        if (rule == null) {
            return Optional.empty();
        }
        List<CompletionRecord> counted = completions.forApplicant(app.applicant).stream()
                .filter(m -> counts(rule, app, m))
                .map(Matched::record)
                .toList();
        BigDecimal hours = counted.stream().filter(r -> rule.hoursModes().contains(r.mode)).map(r -> r.hours)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal days = counted.stream().map(r -> r.inPersonDays == null ? BigDecimal.ZERO : r.inPersonDays)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        StringBuilder missing = new StringBuilder();
        if (counted.isEmpty()) {
            missing.append("no completion record from ")
                    .append(rule.assignedProviderOnly() ? "your assigned training provider" : "a training provider")
                    .append(" yet");
        }
        if (hours.compareTo(rule.minHours()) < 0) {
            append(missing, rule.minHours().subtract(hours).stripTrailingZeros().toPlainString() + " more hours");
        }
        if (days.compareTo(rule.minInPersonDays()) < 0) {
            append(missing, rule.minInPersonDays().subtract(days).stripTrailingZeros().toPlainString()
                    + " more in-person days");
        }
        if (rule.assignedProviderOnly() && app.providerAssignment != ProviderAssignment.ASSIGNED) {
            append(missing, "a training provider to be assigned");
        }
        return Optional.of(new Progress(missing.isEmpty(), rule.description(), hours, rule.minHours(), days,
                rule.minInPersonDays(), counted.size(), missing.isEmpty() ? null : missing.toString()));
    }

    private static boolean counts(ProcessConfig.Training rule, Application app, Matched m) {
        if (rule.level().isPresent() && rule.level().get() != m.record().level) {
            return false;
        }
        if (rule.assignedProviderOnly()) {
            return app.assignedProvider != null && app.assignedProvider.id.equals(m.provider().id);
        }
        return true;
    }

    private static void append(StringBuilder text, String part) {
        if (!text.isEmpty()) {
            text.append("; ");
        }
        text.append(part);
    }
}
