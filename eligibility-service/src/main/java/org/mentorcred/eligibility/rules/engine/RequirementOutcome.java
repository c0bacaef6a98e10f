package org.mentorcred.eligibility.rules.engine;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How an applicant's evidence measures up to one requirement: what it asks, what the evidence shows, and,
 * unless met, what is missing in words a person can act on.
 */
@Schema(description = "One requirement, evaluated")
public record RequirementOutcome(
        @Schema(examples = "SERVICE_HOURS") String code,
        @Schema(examples = "At least 100 hours of mentoring service on completed engagements") String description,
        @Schema(description = "What the requirement asks", examples = "100") String required,
        @Schema(description = "What the evidence shows", examples = "88") String actual,
        @Schema(description = "Met (a statement left to a reviewer counts as met, pending review)") boolean met,
        @Schema(description = "A reviewer judges this requirement (significant contribution)") boolean pendingReview,
        @Schema(description = "What is missing, or what happens next for a statement a reviewer judges; null when met",
                nullable = true, examples = "12 more service hours on completed engagements") String explanation,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "ANY_OF: each alternative, evaluated", nullable = true) List<RequirementOutcome> options) {

    static RequirementOutcome met(Requirement requirement, String required, String actual) {
        return new RequirementOutcome(requirement.code(), requirement.description(), required, actual, true, false, null, null);
    }

    static RequirementOutcome unmet(Requirement requirement, String required, String actual, String explanation) {
        return new RequirementOutcome(requirement.code(), requirement.description(), required, actual, false, false,
                explanation, null);
    }

    static RequirementOutcome pendingReview(Requirement requirement, String required, String actual, String explanation) {
        return new RequirementOutcome(requirement.code(), requirement.description(), required, actual, true, true,
                explanation, null);
    }
}
