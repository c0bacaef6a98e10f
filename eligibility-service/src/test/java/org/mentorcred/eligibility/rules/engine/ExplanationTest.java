package org.mentorcred.eligibility.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mentorcred.eligibility.evidence.CentreType.ACCREDITED;
import static org.mentorcred.eligibility.evidence.CentreType.QTSP;
import static org.mentorcred.eligibility.rules.engine.Fixture.certificate;
import static org.mentorcred.eligibility.rules.engine.Fixture.completed;
import static org.mentorcred.eligibility.rules.engine.Fixture.credential;
import static org.mentorcred.eligibility.rules.engine.Fixture.experience;
import static org.mentorcred.eligibility.rules.engine.Fixture.letter;
import static org.mentorcred.eligibility.rules.engine.Fixture.ongoing;
import static org.mentorcred.eligibility.rules.engine.ProgrammeRulesTest.outcome;

import org.junit.jupiter.api.Test;
import org.mentorcred.eligibility.evidence.Supervision;
import org.mentorcred.eligibility.rules.Programme;

/** What is missing, in words a person can act on, and the required and actual values beside it. */
class ExplanationTest {

    /** One completed engagement of 28 hours with a letter, one ongoing; 23 accredited and 12 QTSP training hours. */
    private static Fixture partial() {
        Fixture f = Fixture.evidence()
                .with(certificate(ACCREDITED, "23"))
                .with(certificate(QTSP, "12"))
                .with(completed("2024-01-01", "2025-12-01", "28", letter(true)))
                .with(ongoing("2025-01-01", "10", null))
                .with(credential("ICF", "PCC", false, false));
        f.experience = experience("9.5", true, 800, "2", 0);
        return f;
    }

    private static RequirementOutcome check(Fixture f, Programme programme, String code, String required, String actual,
            String explanation) {
        RequirementOutcome outcome = outcome(f.evaluate(programme), code);
        assertEquals(required, outcome.required(), "required");
        assertEquals(actual, outcome.actual(), "actual");
        assertEquals(explanation, outcome.explanation(), "explanation");
        return outcome;
    }

    @Test
    void serviceHoursSayHowManyMoreHoursAndWhyAnEngagementDidNotCount() {
        check(partial(), Programme.IPMA_AM, "SERVICE_HOURS", "40", "28",
                "12 more service hours on completed engagements"
                        + " (not counted: 1 engagement not completed by the application date)");
    }

    @Test
    void countsSayOneMoreOrNMore() {
        Fixture f = partial();
        check(f, Programme.IMC_CPM, "COMPLETED_ENGAGEMENTS", "3", "1",
                "2 more completed engagements (not counted: 1 engagement not completed by the application date)");
        check(f, Programme.IMC_CPM, "REFERENCES", "2", "1", "one more reference on a completed engagement: a reference"
                + " letter or email uploaded, or the referee's email and their consent to be contacted");
        check(Fixture.evidence(), Programme.IMC_CPM, "REFERENCES", "2", "0", "2 more references on completed engagements:"
                + " a reference letter or email uploaded, or the referee's email and their consent to be contacted");
    }

    @Test
    void trainingHoursNameTheCentresTheEvidenceAndWhatDidNotCount() {
        check(partial(), Programme.IMC_CPM, "TRAINING_HOURS", "35", "23",
                "12 more training hours from accredited, endorsed or non-accredited centres, each with a certificate or"
                        + " letter uploaded, or a partner's completion record (not counted: 1 training from another type of centre)");
    }

    @Test
    void aFractionOfAnHourIsWrittenExactly() {
        Fixture f = Fixture.evidence().with(certificate(ACCREDITED, "34.9"));
        check(f, Programme.IMC_CPM, "TRAINING_HOURS", "35", "34.9",
                "0.1 more training hours from accredited, endorsed or non-accredited centres, each with a certificate or"
                        + " letter uploaded, or a partner's completion record");
    }

    @Test
    void yearsSayHowMuchLongerTheSpanMustBe() {
        check(partial(), Programme.IPMA_SM, "MENTORING_YEARS", "3 years", "1 year 334 days",
                "1 year 31 days more of mentoring experience: completed engagements must span 3 years from the first start"
                        + " to the last end");
        Fixture oneDayShort = Fixture.evidence().with(completed("2021-01-01", "2023-12-31", "300", null));
        check(oneDayShort, Programme.IPMA_SM, "MENTORING_YEARS", "3 years", "2 years 364 days",
                "1 day more of mentoring experience: completed engagements must span 3 years from the first start"
                        + " to the last end");
        check(Fixture.evidence(), Programme.IPMA_PM, "MENTORING_YEARS", "1 year", "0 days", "1 year of mentoring"
                + " experience, from the first start to the last end of completed engagements (none completed yet)");
    }

    @Test
    void educationNamesTheDegreeNeeded() {
        check(partial(), Programme.IPMA_SM_FAST_TRACK, "EDUCATION", "master's degree", "secondary education",
                "a master's degree or higher");
        check(partial(), Programme.IPMA_PM, "EDUCATION", "bachelor's degree", "secondary education",
                "a bachelor's degree or higher");
    }

    @Test
    void declarationsSayWhatToDeclare() {
        Fixture f = partial();
        check(f, Programme.IPMA_AM, "ETHICS_DECLARATION", "declared", "missing", "adopt the code of ethics and conduct");
        check(f, Programme.IMC_CPM, "SUPERVISION_DECLARATION", "declared", "missing",
                "declare a supervisor: their name, email, postal address and focus area");
        f.supervision = new Supervision("Helen Carter", null, "", null);
        check(f, Programme.IMC_CPM, "SUPERVISION_DECLARATION", "declared", "incomplete",
                "the supervisor's email, postal address and focus area");
    }

    @Test
    void aPriorCredentialNamesTheCredentialAndTheTraining() {
        check(partial(), Programme.IPMA_MM, "PRIOR_CREDENTIAL", "IPMA Senior Mentor credential or SM-level training", "none",
                "the IPMA Senior Mentor credential, or a completed SM-level training with evidence");
    }

    @Test
    void theContributionStatementIsAskedFor() {
        check(partial(), Programme.IPMA_MM, "SIGNIFICANT_CONTRIBUTION", "statement with evidence", "missing",
                "a statement of your significant contribution to the mentoring profession, with evidence documents");
    }

    @Test
    void anyOfListsEveryAlternativeThatWouldDo() {
        Fixture f = partial();
        RequirementOutcome experience = check(f, Programme.IPMA_SM_FAST_TRACK, "EXPERIENCE",
                "at least one of SENIOR_MANAGEMENT or INSTITUTION_HEAD", "none met",
                "one of: 0.5 more years of senior (executive) management experience; or to head an institution of at"
                        + " least 1,000 people (yours has 800)");
        assertEquals(2, experience.options().size());
        check(f, Programme.IPMA_SM_FAST_TRACK, "PROFESSIONAL",
                "at least one of INTERNATIONAL_ACCREDITATION, OTHER_CREDENTIAL or MENTORING_COACHING_SERVICE", "none met",
                "one of: an accreditation from an international body (for example IPMA, EMCC or ICF); or a mentoring or"
                        + " coaching credential from another organisation, with its proof uploaded; or 1 more year of"
                        + " proven mentoring or coaching service, with case records");
        f.experience = experience("12", false, null, "2", 0);
        check(f, Programme.IPMA_SM_FAST_TRACK, "EXPERIENCE", "at least one of SENIOR_MANAGEMENT or INSTITUTION_HEAD",
                "met by SENIOR_MANAGEMENT", null);
    }

    @Test
    void metRequirementsShowTheActualValues() {
        Fixture f = ProgrammeRulesTest.baseline(Programme.IPMA_SM);
        check(f, Programme.IPMA_SM, "SERVICE_HOURS", "300", "300", null);
        check(f, Programme.IPMA_SM, "MENTORING_YEARS", "3 years", "3 years", null);
        check(f, Programme.IPMA_SM, "PRIOR_CREDENTIAL", "IPMA Professional Mentor credential or PM-level training",
                "holds IPMA IPMA_PM", null);
    }
}
