package org.mentorcred.application.provider.completion;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorcred.application.evidence.CourseLevel;
import org.mentorcred.application.evidence.TrainingMode;

@Schema(description = "A completion record as stored")
public record CompletionView(UUID id, String providerRecordId, String learnerEmail, String learnerName, String courseName,
        CourseLevel level, BigDecimal hours, BigDecimal inPersonDays, TrainingMode mode, LocalDate startDate,
        LocalDate endDate, String instructorName, String instructorEmail,
        @Schema(description = "First received") Instant receivedAt,
        @Schema(description = "Last received") Instant updatedAt) {

    public static CompletionView of(CompletionRecord r) {
        return new CompletionView(r.id, r.providerRecordId, r.learnerEmail, r.learnerName, r.courseName, r.level, r.hours,
                r.inPersonDays, r.mode, r.startDate, r.endDate, r.instructorName, r.instructorEmail, r.receivedAt,
                r.updatedAt);
    }
}
