package org.mentorcred.notification.messaging.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** {@code org.mentorcred.exam.ExamResultRecorded.v1}. */
public record ExamResultRecorded(
        @NotNull UUID resultId,
        @NotNull UUID applicationId,
        @NotBlank String level,
        @NotNull List<@Valid @NotNull TopicScore> scores,
        @NotNull BigDecimal weightedScore,
        @NotNull BigDecimal passMark,
        boolean passed,
        int attemptNumber,
        int attemptsAllowed,
        int attemptsRemaining,
        /** First day a failed candidate may book again; null if passed or no attempts left. */
        LocalDate retakeAllowedFrom,
        /** The candidate did not attend (no result recorded in time): every score 0, the attempt counts. */
        boolean noShow) {

    public record TopicScore(@NotBlank String topic, @NotNull BigDecimal score, @NotNull BigDecimal weightPercent,
            @NotNull BigDecimal weightedPoints) {
    }
}
