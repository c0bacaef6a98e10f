package org.mentorcred.eligibility.rules.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorcred.eligibility.rules.Programme;
import org.mentorcred.eligibility.rules.repository.RuleSetEntity;

@Schema(description = "One version of a programme's rule set")
public record RuleSetVersionView(
        @Schema(examples = "IPMA_PM") Programme programme,
        @Schema(examples = "1") int version,
        @Schema(examples = "2024-01-01") LocalDate effectiveFrom,
        OffsetDateTime publishedAt,
        @Schema(examples = "RESOURCE") String origin,
        @Schema(description = "The version in effect today") boolean current) {

    static RuleSetVersionView of(RuleSetEntity row, int currentVersion) {
        return new RuleSetVersionView(row.programme, row.version, row.effectiveFrom, row.publishedAt, row.origin,
                row.version == currentVersion);
    }
}
