package org.mentorcred.exam.result.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorcred.exam.common.Decimals;
import org.mentorcred.exam.common.Level;
import org.mentorcred.exam.common.Topic;
import org.mentorcred.exam.result.ExamResult;

@Schema(description = "An exam result: the weighted breakdown per topic and whether it passed")
public record ResultView(
        UUID id,
        UUID bookingId,
        UUID authorizationId,
        UUID applicationId,
        UUID candidateId,
        Level level,
        List<TopicResult> scores,
        @Schema(description = "Σ score × weight / 100, rounded half up to two decimals", examples = "72.50")
        BigDecimal weightedScore,
        @Schema(examples = "70") BigDecimal passMark,
        boolean passed,
        @Schema(description = "Version of the weight table used", examples = "1") int weightsVersion,
        @Schema(description = "The exam's date at the centre", examples = "2027-03-20") LocalDate examDate,
        @Schema(examples = "1") int attemptNumber,
        @Schema(examples = "3") int attemptsAllowed,
        @Schema(examples = "2") int attemptsRemaining,
        @Schema(description = "First day a failed candidate may book again; null if passed or no attempts left",
                nullable = true) LocalDate retakeAllowedFrom,
        Instant recordedAt,
        @Schema(description = "The candidate did not attend: no result was recorded within the no-show period after "
                + "the session started; every score is 0 and the attempt counts") boolean noShow) {

    @Schema(description = "One topic's score and its weight at the level")
    public record TopicResult(
            @Schema(examples = "COACHING_SKILLS") Topic topic,
            @Schema(examples = "80") BigDecimal score,
            @Schema(examples = "30") BigDecimal weightPercent,
            @Schema(examples = "24.00") BigDecimal weightedPoints) {

        public static TopicResult of(Topic topic, BigDecimal score, BigDecimal weightPercent, BigDecimal points) {
            return new TopicResult(topic, Decimals.trimmed(score, 0), Decimals.trimmed(weightPercent, 0),
                    Decimals.trimmed(points, 2));
        }
    }

    public static ResultView of(ExamResult r) {
        return new ResultView(r.id, r.bookingId, r.authorizationId, r.applicationId, r.candidateId, r.level,
                r.scores.stream().sorted(Comparator.comparing(s -> s.topic))
                        .map(s -> TopicResult.of(s.topic, s.score, s.weightPercent, s.weightedPoints)).toList(),
                r.weightedScore, Decimals.trimmed(r.passMark, 0), r.passed, r.weightsVersion, r.examDate,
                r.attemptNumber, r.attemptsAllowed, r.attemptsRemaining, r.retakeAllowedFrom, r.recordedAt, r.noShow);
    }
}
