package org.mentorcred.application.process.messaging.incoming;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** exam-service's {@code ExamResultRecorded.v1}, the fields the process needs. */
public record ExamResultRecorded(@NotNull UUID resultId, @NotNull UUID bookingId, @NotNull UUID applicationId,
        String level, @NotNull BigDecimal weightedScore, BigDecimal passMark, @NotNull Boolean passed,
        @Min(1) int attemptNumber, @Min(1) int attemptsAllowed, @NotNull @Min(0) Integer attemptsRemaining,
        LocalDate retakeAllowedFrom,
        /** The candidate did not attend (exam-service's no-show job); absent in older events. */
        Boolean noShow) {

    public boolean wasNoShow() {
        return Boolean.TRUE.equals(noShow);
    }
}
