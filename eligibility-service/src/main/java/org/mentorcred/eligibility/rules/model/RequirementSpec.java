package org.mentorcred.eligibility.rules.model;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One requirement of a rule set as data: its code, its kind, a description a person reads, and the
 * parameters of its kind (every other parameter is absent). The kinds and their parameters are listed in
 * the README; {@code RuleSetCompiler} checks them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A requirement: code, kind, description, and the parameters of its kind (see the service README)")
public record RequirementSpec(
        @Schema(description = "Stable code, unique in the rule set", examples = "SERVICE_HOURS") String code,
        @Schema(description = "Kind of requirement", enumeration = { "MINIMUM_TOTAL", "MENTORING_YEARS",
                "DECLARED_EXPERIENCE", "MINIMUM_EDUCATION", "CREDENTIAL_OR_TRAINING", "CREDENTIAL_HELD",
                "INSTITUTION_HEAD", "DECLARATION", "REVIEWER_JUDGEMENT", "ANY_OF" }, examples = "MINIMUM_TOTAL") String kind,
        @Schema(description = "What is required, in words", examples = "At least 100 hours of mentoring service") String description,
        @Schema(description = "MINIMUM_TOTAL: TRAINING_HOURS, SERVICE_HOURS, COMPLETED_ENGAGEMENTS or REFERENCES; "
                + "DECLARED_EXPERIENCE: SENIOR_MANAGEMENT_YEARS or MENTORING_COACHING_YEARS", examples = "SERVICE_HOURS") String measure,
        @Schema(description = "MINIMUM_TOTAL, MENTORING_YEARS, DECLARED_EXPERIENCE, INSTITUTION_HEAD: the minimum (inclusive)",
                examples = "100") BigDecimal minimum,
        @Schema(description = "MINIMUM_TOTAL of TRAINING_HOURS: centre types whose trainings count") List<String> centreTypes,
        @Schema(description = "TRAINING_HOURS, CREDENTIAL_OR_TRAINING: a training counts only with evidence (default true); "
                + "REVIEWER_JUDGEMENT: the statement needs evidence documents (default true)") Boolean evidenceRequired,
        @Schema(description = "MINIMUM_EDUCATION: NONE, SECONDARY, BACHELOR, MASTER or DOCTORATE", examples = "BACHELOR") String level,
        @Schema(description = "CREDENTIAL_OR_TRAINING: awarding body of the credential", examples = "IPMA") String credentialBody,
        @Schema(description = "CREDENTIAL_OR_TRAINING: names of the credential (first is shown), matched ignoring case, spaces and punctuation")
        List<String> credentialNames,
        @Schema(description = "CREDENTIAL_OR_TRAINING: IPMA training levels that count as equivalent training") List<String> trainingLevels,
        @Schema(description = "CREDENTIAL_HELD: the credential must come from an international body (default false)") Boolean internationalBody,
        @Schema(description = "CREDENTIAL_HELD: the credential needs a proof document (default false)") Boolean proofRequired,
        @Schema(description = "DECLARED_EXPERIENCE of MENTORING_COACHING_YEARS: case records are required (default false)")
        Boolean caseRecordsRequired,
        @Schema(description = "DECLARATION: ETHICS or SUPERVISION", examples = "ETHICS") String declaration,
        @Schema(description = "REVIEWER_JUDGEMENT: CONTRIBUTION", examples = "CONTRIBUTION") String statement,
        @Schema(description = "ANY_OF: the alternatives, at least one of which must be met") List<RequirementSpec> options) {
}
