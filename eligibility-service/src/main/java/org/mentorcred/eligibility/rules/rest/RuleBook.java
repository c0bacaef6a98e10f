package org.mentorcred.eligibility.rules.rest;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The rule sets in effect on a date, one per programme (a bounded list, so not paged). */
@Schema(description = "The rule set in effect today for every programme")
public record RuleBook(
        @Schema(examples = "2026-11-23") LocalDate asOf,
        List<RuleSetView> ruleSets) {
}
