package org.mentorcred.eligibility.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentorcred.eligibility.evidence.CentreType.ACCREDITED;
import static org.mentorcred.eligibility.evidence.CentreType.ENDORSED;
import static org.mentorcred.eligibility.evidence.CentreType.NON_ACCREDITED;
import static org.mentorcred.eligibility.evidence.CentreType.QTSP;
import static org.mentorcred.eligibility.evidence.EducationLevel.BACHELOR;
import static org.mentorcred.eligibility.evidence.EducationLevel.DOCTORATE;
import static org.mentorcred.eligibility.evidence.EducationLevel.MASTER;
import static org.mentorcred.eligibility.evidence.EducationLevel.NONE;
import static org.mentorcred.eligibility.evidence.EducationLevel.SECONDARY;
import static org.mentorcred.eligibility.evidence.TrainingEvidence.CERTIFICATE;
import static org.mentorcred.eligibility.evidence.TrainingEvidence.LETTER;
import static org.mentorcred.eligibility.evidence.TrainingEvidence.PARTNER_RECORD;
import static org.mentorcred.eligibility.evidence.TrainingLevel.PM;
import static org.mentorcred.eligibility.evidence.TrainingLevel.SM;
import static org.mentorcred.eligibility.rules.Programme.IMC_CPM;
import static org.mentorcred.eligibility.rules.Programme.IPMA_AM;
import static org.mentorcred.eligibility.rules.Programme.IPMA_MM;
import static org.mentorcred.eligibility.rules.Programme.IPMA_PM;
import static org.mentorcred.eligibility.rules.Programme.IPMA_SM;
import static org.mentorcred.eligibility.rules.Programme.IPMA_SM_FAST_TRACK;
import static org.mentorcred.eligibility.rules.engine.Fixture.APPLIED;
import static org.mentorcred.eligibility.rules.engine.Fixture.certificate;
import static org.mentorcred.eligibility.rules.engine.Fixture.completed;
import static org.mentorcred.eligibility.rules.engine.Fixture.contact;
import static org.mentorcred.eligibility.rules.engine.Fixture.credential;
import static org.mentorcred.eligibility.rules.engine.Fixture.endingOn;
import static org.mentorcred.eligibility.rules.engine.Fixture.ethics;
import static org.mentorcred.eligibility.rules.engine.Fixture.experience;
import static org.mentorcred.eligibility.rules.engine.Fixture.letter;
import static org.mentorcred.eligibility.rules.engine.Fixture.levelTraining;
import static org.mentorcred.eligibility.rules.engine.Fixture.ongoing;
import static org.mentorcred.eligibility.rules.engine.Fixture.supervision;
import static org.mentorcred.eligibility.rules.engine.Fixture.training;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.mentorcred.eligibility.evidence.Contribution;
import org.mentorcred.eligibility.evidence.Education;
import org.mentorcred.eligibility.evidence.Supervision;
import org.mentorcred.eligibility.evidence.SupervisionFocus;
import org.mentorcred.eligibility.rules.Programme;

/**
 * Every requirement of every programme's bundled rule set at its boundary. Each case starts from evidence
 * that meets a programme exactly (the baseline), changes one thing, and checks the one requirement it
 * touches, and that the applicant is eligible exactly when that requirement is met.
 */
class ProgrammeRulesTest {

    record Case(String name, Programme programme, Consumer<Fixture> change, String code, boolean met) {

        @Override
        public String toString() {
            return programme + " " + code + ": " + name;
        }
    }

    /** Evidence that meets every requirement of {@code programme}, several of them exactly. */
    static Fixture baseline(Programme programme) {
        Fixture f = Fixture.evidence();
        switch (programme) {
            case IMC_CPM -> {
                f.with(certificate(ACCREDITED, "24"))
                        .with(training(ENDORSED, "11", PARTNER_RECORD, false, true))
                        .with(completed("2023-01-09", "2023-12-15", "40", contact("jonas.berg@example.org", true)))
                        .with(completed("2024-02-05", "2024-09-30", "32", letter(true)))
                        .with(completed("2024-10-01", "2025-06-30", "28", null));
                f.supervision = supervision();
            }
            case IPMA_AM -> {
                f.with(completed("2025-01-06", "2025-06-30", "25", null))
                        .with(completed("2025-07-01", "2025-12-31", "15", null));
                f.ethics = ethics();
            }
            case IPMA_PM -> {
                f.highestEducation = BACHELOR;
                f.with(completed("2025-01-01", "2025-06-30", "60", null))
                        .with(completed("2025-07-01", "2026-01-01", "40", null));
                f.ethics = ethics();
            }
            case IPMA_SM -> {
                f.with(credential("IPMA", "IPMA_PM", true, true))
                        .with(completed("2021-01-01", "2022-06-30", "150", null))
                        .with(completed("2022-07-01", "2024-01-01", "150", null));
                f.ethics = ethics();
            }
            case IPMA_MM -> {
                f.with(credential("IPMA", "IPMA_SM", true, true))
                        .with(completed("2019-01-01", "2021-12-31", "250", null))
                        .with(completed("2022-01-01", "2024-01-01", "250", null));
                f.contribution = new Contribution("Founded a national mentoring network", List.of(UUID.randomUUID()));
                f.ethics = ethics();
            }
            case IPMA_SM_FAST_TRACK -> {
                f.highestEducation = MASTER;
                f.ethics = ethics();
                f.experience = experience("10", false, null, null, 0);
                f.with(credential("ICF", "Professional Certified Coach", true, false));
            }
        }
        return f;
    }

    static Case c(Programme programme, String code, String name, boolean met, Consumer<Fixture> change) {
        return new Case(name, programme, change, code, met);
    }

    static Stream<Case> cases() {
        return Stream.of(
                // IMC CPM: 35 training hours from accredited, endorsed or non-accredited centres, with evidence
                c(IMC_CPM, "TRAINING_HOURS", "exactly 35 hours", true, f -> { }),
                c(IMC_CPM, "TRAINING_HOURS", "34.9 hours", false,
                        f -> f.trainings.set(1, training(ENDORSED, "10.9", PARTNER_RECORD, false, true))),
                c(IMC_CPM, "TRAINING_HOURS", "a non-accredited centre counts", true,
                        f -> f.trainings.set(1, certificate(NON_ACCREDITED, "11"))),
                c(IMC_CPM, "TRAINING_HOURS", "a QTSP centre does not count", false,
                        f -> f.trainings.set(1, certificate(QTSP, "11"))),
                c(IMC_CPM, "TRAINING_HOURS", "a certificate without its document does not count", false,
                        f -> f.trainings.set(1, training(ENDORSED, "11", CERTIFICATE, false, false))),
                c(IMC_CPM, "TRAINING_HOURS", "a letter with its document counts", true,
                        f -> f.trainings.set(1, training(ENDORSED, "11", LETTER, true, false))),
                c(IMC_CPM, "TRAINING_HOURS", "an unverified partner record does not count", false,
                        f -> f.trainings.set(1, training(ENDORSED, "11", PARTNER_RECORD, false, false))),
                c(IMC_CPM, "TRAINING_HOURS", "evidence a reviewer verified counts", true,
                        f -> f.trainings.set(1, training(ENDORSED, "11", CERTIFICATE, false, true))),
                c(IMC_CPM, "TRAINING_HOURS", "a training ending after the application date does not count", false,
                        f -> f.trainings.set(1, endingOn(f.trainings.get(1), APPLIED.plusDays(1)))),
                c(IMC_CPM, "TRAINING_HOURS", "a training ending on the application date counts", true,
                        f -> f.trainings.set(1, endingOn(f.trainings.get(1), APPLIED))),
                // IMC CPM: 3 engagements started and completed before applying
                c(IMC_CPM, "COMPLETED_ENGAGEMENTS", "exactly 3 completed", true, f -> { }),
                c(IMC_CPM, "COMPLETED_ENGAGEMENTS", "one not completed yet", false,
                        f -> f.engagements.set(2, ongoing("2024-10-01", "28", null))),
                c(IMC_CPM, "COMPLETED_ENGAGEMENTS", "one completed after the application date", false,
                        f -> f.engagements.set(2, completed("2024-10-01", "2026-11-21", "28", null))),
                c(IMC_CPM, "COMPLETED_ENGAGEMENTS", "one completed on the application date", true,
                        f -> f.engagements.set(2, completed("2024-10-01", "2026-11-20", "28", null))),
                // IMC CPM: references for 2 of those engagements
                c(IMC_CPM, "REFERENCES", "a letter and a contact with consent", true, f -> { }),
                c(IMC_CPM, "REFERENCES", "a letter without its document", false,
                        f -> f.engagements.set(1, completed("2024-02-05", "2024-09-30", "32", letter(false)))),
                c(IMC_CPM, "REFERENCES", "a contact who did not consent to be contacted", false,
                        f -> f.engagements.set(0, completed("2023-01-09", "2023-12-15", "40", contact("jonas.berg@example.org", false)))),
                c(IMC_CPM, "REFERENCES", "a contact without an email", false,
                        f -> f.engagements.set(0, completed("2023-01-09", "2023-12-15", "40", contact(null, true)))),
                c(IMC_CPM, "REFERENCES", "a reference on an engagement not completed does not count", false, f -> {
                    f.engagements.set(1, completed("2024-02-05", "2024-09-30", "32", null));
                    f.with(ongoing("2025-09-01", "10", letter(true)));
                }),
                // IMC CPM: supervision declaration
                c(IMC_CPM, "SUPERVISION_DECLARATION", "complete", true, f -> { }),
                c(IMC_CPM, "SUPERVISION_DECLARATION", "missing", false, f -> f.supervision = null),
                c(IMC_CPM, "SUPERVISION_DECLARATION", "without a postal address", false,
                        f -> f.supervision = new Supervision("Helen Carter", "helen.carter@example.org", " ", SupervisionFocus.BOTH)),

                // IPMA AM: 40 service hours, ethics
                c(IPMA_AM, "SERVICE_HOURS", "exactly 40 hours", true, f -> { }),
                c(IPMA_AM, "SERVICE_HOURS", "39.99 hours", false,
                        f -> f.engagements.set(1, completed("2025-07-01", "2025-12-31", "14.99", null))),
                c(IPMA_AM, "SERVICE_HOURS", "hours of an engagement not completed do not count", false, f -> {
                    f.engagements.set(1, completed("2025-07-01", "2025-12-31", "14.99", null));
                    f.with(ongoing("2026-01-05", "100", null));
                }),
                c(IPMA_AM, "ETHICS_DECLARATION", "adopted", true, f -> { }),
                c(IPMA_AM, "ETHICS_DECLARATION", "not adopted", false, f -> f.ethics = null),

                // IPMA PM: bachelor's, 100 hours, 1 year, ethics
                c(IPMA_PM, "EDUCATION", "a bachelor's degree", true, f -> { }),
                c(IPMA_PM, "EDUCATION", "secondary education", false, f -> f.highestEducation = SECONDARY),
                c(IPMA_PM, "EDUCATION", "no formal qualification", false, f -> f.highestEducation = NONE),
                c(IPMA_PM, "EDUCATION", "a doctorate", true, f -> f.highestEducation = DOCTORATE),
                c(IPMA_PM, "EDUCATION", "an education record higher than the declared level counts", true, f -> {
                    f.highestEducation = SECONDARY;
                    f.education = new Education(MASTER);
                }),
                c(IPMA_PM, "SERVICE_HOURS", "exactly 100 hours", true, f -> { }),
                c(IPMA_PM, "SERVICE_HOURS", "99.9 hours", false,
                        f -> f.engagements.set(1, completed("2025-07-01", "2026-01-01", "39.9", null))),
                c(IPMA_PM, "MENTORING_YEARS", "exactly 1 year from first start to last end", true, f -> { }),
                c(IPMA_PM, "MENTORING_YEARS", "364 days", false,
                        f -> f.engagements.set(1, completed("2025-07-01", "2025-12-31", "40", null))),
                c(IPMA_PM, "MENTORING_YEARS", "gaps between engagements are part of the span", true, f -> {
                    f.engagements.set(0, completed("2025-01-01", "2025-02-01", "60", null));
                    f.engagements.set(1, completed("2025-12-01", "2026-01-01", "40", null));
                }),
                c(IPMA_PM, "MENTORING_YEARS", "an engagement not completed does not lengthen the span", false, f -> {
                    f.engagements.set(1, completed("2025-07-01", "2025-12-31", "40", null));
                    f.with(ongoing("2023-01-01", "0", null));
                }),
                c(IPMA_PM, "ETHICS_DECLARATION", "adopted", true, f -> { }),
                c(IPMA_PM, "ETHICS_DECLARATION", "not adopted", false, f -> f.ethics = null),

                // IPMA SM: PM or equivalent training, 300 hours, 3 years, ethics
                c(IPMA_SM, "PRIOR_CREDENTIAL", "holds IPMA_PM", true, f -> { }),
                c(IPMA_SM, "PRIOR_CREDENTIAL", "no credential, no training", false, f -> f.credentials.clear()),
                c(IPMA_SM, "PRIOR_CREDENTIAL", "the credential's name is matched ignoring case and spacing", true, f -> {
                    f.credentials.clear();
                    f.with(credential("ipma", "professional mentor", true, false));
                }),
                c(IPMA_SM, "PRIOR_CREDENTIAL", "a PM from another body does not count", false, f -> {
                    f.credentials.clear();
                    f.with(credential("ICF", "PM", true, true));
                }),
                c(IPMA_SM, "PRIOR_CREDENTIAL", "equivalent training: a PM-level course with evidence", true, f -> {
                    f.credentials.clear();
                    f.with(levelTraining(PM, true));
                }),
                c(IPMA_SM, "PRIOR_CREDENTIAL", "a PM-level course without evidence", false, f -> {
                    f.credentials.clear();
                    f.with(levelTraining(PM, false));
                }),
                c(IPMA_SM, "PRIOR_CREDENTIAL", "an SM-level course is not the PM prerequisite", false, f -> {
                    f.credentials.clear();
                    f.with(levelTraining(SM, true));
                }),
                c(IPMA_SM, "PRIOR_CREDENTIAL", "a PM-level course ending after the application date", false, f -> {
                    f.credentials.clear();
                    f.with(endingOn(levelTraining(PM, true), APPLIED.plusDays(1)));
                }),
                c(IPMA_SM, "SERVICE_HOURS", "exactly 300 hours", true, f -> { }),
                c(IPMA_SM, "SERVICE_HOURS", "299.99 hours", false,
                        f -> f.engagements.set(1, completed("2022-07-01", "2024-01-01", "149.99", null))),
                c(IPMA_SM, "MENTORING_YEARS", "exactly 3 years", true, f -> { }),
                c(IPMA_SM, "MENTORING_YEARS", "2 years 364 days", false,
                        f -> f.engagements.set(1, completed("2022-07-01", "2023-12-31", "150", null))),
                c(IPMA_SM, "ETHICS_DECLARATION", "adopted", true, f -> { }),
                c(IPMA_SM, "ETHICS_DECLARATION", "not adopted", false, f -> f.ethics = null),

                // IPMA MM: SM or equivalent training, 500 hours, 5 years, contribution (reviewer), ethics
                c(IPMA_MM, "PRIOR_CREDENTIAL", "holds IPMA_SM", true, f -> { }),
                c(IPMA_MM, "PRIOR_CREDENTIAL", "equivalent training: an SM-level course", true, f -> {
                    f.credentials.clear();
                    f.with(levelTraining(SM, true));
                }),
                c(IPMA_MM, "PRIOR_CREDENTIAL", "holds only IPMA_PM", false, f -> {
                    f.credentials.clear();
                    f.with(credential("IPMA", "IPMA_PM", true, true));
                }),
                c(IPMA_MM, "SERVICE_HOURS", "exactly 500 hours", true, f -> { }),
                c(IPMA_MM, "SERVICE_HOURS", "499.5 hours", false,
                        f -> f.engagements.set(1, completed("2022-01-01", "2024-01-01", "249.5", null))),
                c(IPMA_MM, "MENTORING_YEARS", "exactly 5 years", true, f -> { }),
                c(IPMA_MM, "MENTORING_YEARS", "4 years 364 days", false,
                        f -> f.engagements.set(1, completed("2022-01-01", "2023-12-31", "250", null))),
                c(IPMA_MM, "SIGNIFICANT_CONTRIBUTION", "a statement with evidence, pending review", true, f -> { }),
                c(IPMA_MM, "SIGNIFICANT_CONTRIBUTION", "no statement", false, f -> f.contribution = null),
                c(IPMA_MM, "SIGNIFICANT_CONTRIBUTION", "a statement without evidence", false,
                        f -> f.contribution = new Contribution("Founded a national mentoring network", List.of())),
                c(IPMA_MM, "SIGNIFICANT_CONTRIBUTION", "evidence with a blank statement", false,
                        f -> f.contribution = new Contribution("  ", List.of(UUID.randomUUID()))),
                c(IPMA_MM, "ETHICS_DECLARATION", "adopted", true, f -> { }),
                c(IPMA_MM, "ETHICS_DECLARATION", "not adopted", false, f -> f.ethics = null),

                // IPMA SM fast track: master's, ethics, one experience, one professional alternative
                c(IPMA_SM_FAST_TRACK, "EDUCATION", "a master's degree", true, f -> { }),
                c(IPMA_SM_FAST_TRACK, "EDUCATION", "a bachelor's degree", false, f -> f.highestEducation = BACHELOR),
                c(IPMA_SM_FAST_TRACK, "EDUCATION", "a doctorate", true, f -> f.highestEducation = DOCTORATE),
                c(IPMA_SM_FAST_TRACK, "ETHICS_DECLARATION", "committed", true, f -> { }),
                c(IPMA_SM_FAST_TRACK, "ETHICS_DECLARATION", "not committed", false, f -> f.ethics = null),
                c(IPMA_SM_FAST_TRACK, "EXPERIENCE", "exactly 10 years of senior management", true, f -> { }),
                c(IPMA_SM_FAST_TRACK, "EXPERIENCE", "9.9 years of senior management", false,
                        f -> f.experience = experience("9.9", false, null, null, 0)),
                c(IPMA_SM_FAST_TRACK, "EXPERIENCE", "head of an institution of exactly 1,000 people", true,
                        f -> f.experience = experience("0", true, 1000, null, 0)),
                c(IPMA_SM_FAST_TRACK, "EXPERIENCE", "head of an institution of 999 people", false,
                        f -> f.experience = experience("0", true, 999, null, 0)),
                c(IPMA_SM_FAST_TRACK, "EXPERIENCE", "a large institution one does not head", false,
                        f -> f.experience = experience(null, false, 5000, null, 0)),
                c(IPMA_SM_FAST_TRACK, "EXPERIENCE", "head of an institution of unknown size", false,
                        f -> f.experience = experience(null, true, null, null, 0)),
                c(IPMA_SM_FAST_TRACK, "EXPERIENCE", "no experience declared", false, f -> f.experience = null),
                c(IPMA_SM_FAST_TRACK, "PROFESSIONAL", "an international accreditation", true, f -> { }),
                c(IPMA_SM_FAST_TRACK, "PROFESSIONAL", "no credential and no mentoring or coaching years", false,
                        f -> f.credentials.clear()),
                c(IPMA_SM_FAST_TRACK, "PROFESSIONAL", "another organisation's credential with proof", true, f -> {
                    f.credentials.clear();
                    f.with(credential("National Coaching Board", "Certified Coach", false, true));
                }),
                c(IPMA_SM_FAST_TRACK, "PROFESSIONAL", "another organisation's credential without proof", false, f -> {
                    f.credentials.clear();
                    f.with(credential("National Coaching Board", "Certified Coach", false, false));
                }),
                c(IPMA_SM_FAST_TRACK, "PROFESSIONAL", "exactly 3 years of coaching with case records", true, f -> {
                    f.credentials.clear();
                    f.experience = experience("10", false, null, "3", 1);
                }),
                c(IPMA_SM_FAST_TRACK, "PROFESSIONAL", "3 years of coaching without case records", false, f -> {
                    f.credentials.clear();
                    f.experience = experience("10", false, null, "3", 0);
                }),
                c(IPMA_SM_FAST_TRACK, "PROFESSIONAL", "2.9 years of coaching with case records", false, f -> {
                    f.credentials.clear();
                    f.experience = experience("10", false, null, "2.9", 2);
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void requirementAtItsBoundary(Case c) {
        Fixture fixture = baseline(c.programme());
        c.change().accept(fixture);
        Evaluation evaluation = fixture.evaluate(c.programme());
        RequirementOutcome outcome = outcome(evaluation, c.code());

        assertEquals(c.met(), outcome.met(), () -> "outcome: " + outcome);
        assertEquals(c.met(), evaluation.eligible(), () -> "only " + c.code() + " should decide; got " + evaluation);
        if (c.met()) {
            assertTrue(outcome.pendingReview() || outcome.explanation() == null, () -> "a met requirement explains nothing: " + outcome);
        } else {
            assertNotNull(outcome.explanation());
            assertFalse(outcome.pendingReview());
            assertTrue(evaluation.missing().contains(outcome.explanation()), () -> evaluation.missing().toString());
        }
    }

    @Test
    void everyRequirementOfEveryProgrammeHasACaseOnEachSideOfItsBoundary() {
        for (Programme programme : Programme.values()) {
            for (Requirement requirement : Fixture.RULES.get(programme).requirements()) {
                for (boolean met : new boolean[] { true, false }) {
                    assertTrue(cases().anyMatch(c -> c.programme() == programme && c.code().equals(requirement.code())
                            && c.met() == met), programme + " " + requirement.code() + " has no case where met=" + met);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Programme.class)
    void theBaselineMeetsEveryRequirement(Programme programme) {
        Evaluation evaluation = baseline(programme).evaluate(programme);
        assertTrue(evaluation.eligible(), evaluation::toString);
        assertEquals(List.of(), evaluation.missing());
        assertEquals(1, evaluation.ruleSetVersion());
    }

    @Test
    void aContributionStatementMakesTheMasterMentorEligiblePendingReview() {
        Evaluation evaluation = baseline(IPMA_MM).evaluate(IPMA_MM);
        RequirementOutcome contribution = outcome(evaluation, "SIGNIFICANT_CONTRIBUTION");
        assertTrue(evaluation.eligible());
        assertTrue(evaluation.pendingReview());
        assertTrue(contribution.met());
        assertTrue(contribution.pendingReview());
        assertEquals("a reviewer will judge your statement and its evidence", contribution.explanation());
        assertFalse(baseline(IPMA_SM).evaluate(IPMA_SM).pendingReview());
    }

    @Test
    void noEvidenceMeetsNoProgramme() {
        for (Programme programme : Programme.values()) {
            Evaluation evaluation = Fixture.evidence().evaluate(programme);
            assertFalse(evaluation.eligible(), programme::name);
            assertEquals(evaluation.requirements().size(), evaluation.missing().size(), programme::name);
            evaluation.missing().forEach(line -> assertFalse(line.isBlank()));
        }
    }

    static RequirementOutcome outcome(Evaluation evaluation, String code) {
        return evaluation.requirements().stream().filter(r -> r.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("No requirement " + code + " in " + evaluation));
    }
}
