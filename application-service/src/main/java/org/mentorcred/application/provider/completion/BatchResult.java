package org.mentorcred.application.provider.completion;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorcred.commons.problem.Violation;

@Schema(description = "What became of each record of a batch, in the order sent")
public record BatchResult(
        @Schema(examples = "3") int received,
        @Schema(examples = "1") int created,
        @Schema(examples = "1") int updated,
        @Schema(examples = "1") int rejected,
        List<RecordResult> results) {

    public enum Outcome {
        CREATED, UPDATED, REJECTED
    }

    @Schema(description = "One record's outcome; a rejected record lists why")
    public record RecordResult(
            @Schema(description = "Position in the batch, from 0") int index,
            String providerRecordId,
            Outcome outcome,
            @Schema(description = "Id of the stored record, unless rejected") UUID completionId,
            List<Violation> violations) {
    }

    public static BatchResult of(List<RecordResult> results) {
        return new BatchResult(results.size(), count(results, Outcome.CREATED), count(results, Outcome.UPDATED),
                count(results, Outcome.REJECTED), List.copyOf(results));
    }

    private static int count(List<RecordResult> results, Outcome outcome) {
        return (int) results.stream().filter(r -> r.outcome() == outcome).count();
    }
}
