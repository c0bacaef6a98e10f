package org.mentorcred.eligibility.rules.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentorcred.eligibility.rules.Programme;
import org.mentorcred.eligibility.rules.model.RequirementSpec;
import org.mentorcred.eligibility.rules.service.RuleSetService.StoredRuleSet;

/** A published rule-set version: the requirements a programme asks for, as data. */
@Schema(description = "A rule-set version: what a programme requires")
public record RuleSetView(
        @Schema(examples = "IPMA_PM") Programme programme,
        @Schema(examples = "1") int version,
        @Schema(description = "First application date it applies to", examples = "2024-01-01") LocalDate effectiveFrom,
        @Schema(description = "When it was stored") OffsetDateTime publishedAt,
        @Schema(description = "RESOURCE (bundled with the service) or API (published by an admin)", examples = "RESOURCE") String origin,
        @Schema(description = "The requirements, in order") List<RequirementSpec> requirements) {

    static RuleSetView of(StoredRuleSet stored) {
        return new RuleSetView(stored.ruleSet().programme(), stored.ruleSet().version(), stored.ruleSet().effectiveFrom(),
                stored.row().publishedAt, stored.row().origin, stored.ruleSet().document().requirements());
    }
}
