package org.mentorcred.eligibility.rules.engine;

import java.math.BigDecimal;

import org.mentorcred.eligibility.evidence.Experience;

/** {@code DECLARED_EXPERIENCE}: declared years of an experience reach a minimum, with case records if asked. */
public record DeclaredExperience(String code, String description, ExperienceMeasure measure, BigDecimal minimum,
        boolean caseRecordsRequired) implements Requirement {

    @Override
    public RequirementOutcome evaluate(EvidenceFacts facts) {
        Experience experience = facts.evidence().experience();
        BigDecimal years = experience == null ? null : switch (measure) {
            case SENIOR_MANAGEMENT_YEARS -> experience.seniorManagementYears();
            case MENTORING_COACHING_YEARS -> experience.mentoringCoachingYears();
        };
        BigDecimal actualYears = years == null ? BigDecimal.ZERO : years;
        boolean caseRecords = experience != null && !experience.caseRecordDocumentIds().isEmpty();
        String what = switch (measure) {
            case SENIOR_MANAGEMENT_YEARS -> "senior (executive) management experience";
            case MENTORING_COACHING_YEARS -> "proven mentoring or coaching service";
        };
        String required = Words.number(minimum) + " years" + (caseRecordsRequired ? " with case records" : "");
        String actual = Words.number(actualYears) + (Words.plain(actualYears).compareTo(BigDecimal.ONE) == 0 ? " year" : " years")
                + (caseRecordsRequired ? (caseRecords ? " with case records" : " without case records") : "");
        boolean enoughYears = actualYears.compareTo(minimum) >= 0;
        boolean recordsOk = !caseRecordsRequired || caseRecords;
        if (enoughYears && recordsOk) {
            return RequirementOutcome.met(this, required, actual);
        }
        String explanation;
        if (!enoughYears) {
            explanation = Words.more(minimum.subtract(actualYears), "year", "years") + " of " + what
                    + (recordsOk ? "" : ", with case records");
        } else {
            explanation = "case records of your " + what;
        }
        return RequirementOutcome.unmet(this, required, actual, explanation);
    }
}
