package org.mentorcred.eligibility.rules.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.mentorcred.eligibility.evidence.CentreType;
import org.mentorcred.eligibility.evidence.Contribution;
import org.mentorcred.eligibility.evidence.CredentialHeld;
import org.mentorcred.eligibility.evidence.Education;
import org.mentorcred.eligibility.evidence.EducationLevel;
import org.mentorcred.eligibility.evidence.Engagement;
import org.mentorcred.eligibility.evidence.Ethics;
import org.mentorcred.eligibility.evidence.Evidence;
import org.mentorcred.eligibility.evidence.Experience;
import org.mentorcred.eligibility.evidence.Reference;
import org.mentorcred.eligibility.evidence.ReferenceKind;
import org.mentorcred.eligibility.evidence.Supervision;
import org.mentorcred.eligibility.evidence.SupervisionFocus;
import org.mentorcred.eligibility.evidence.Training;
import org.mentorcred.eligibility.evidence.TrainingEvidence;
import org.mentorcred.eligibility.evidence.TrainingLevel;
import org.mentorcred.eligibility.rules.Programme;
import org.mentorcred.eligibility.rules.service.RuleSetFiles;

/** An applicant's evidence built step by step, and the bundled rule sets, for the rule tests. */
final class Fixture {

    static final LocalDate APPLIED = LocalDate.of(2026, 11, 20);

    static final Map<Programme, RuleSet> RULES = RuleSetFiles.read(Fixture.class.getClassLoader(), "rules").stream()
            .filter(r -> r.version() == 1)
            .collect(Collectors.toMap(RuleSet::programme, Function.identity()));

    final List<Training> trainings = new ArrayList<>();
    final List<Engagement> engagements = new ArrayList<>();
    final List<CredentialHeld> credentials = new ArrayList<>();
    Supervision supervision;
    Education education;
    Experience experience;
    Ethics ethics;
    Contribution contribution;
    EducationLevel highestEducation = EducationLevel.SECONDARY;
    LocalDate applied = APPLIED;

    static Fixture evidence() {
        return new Fixture();
    }

    static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    static Training training(CentreType type, String hours, TrainingEvidence evidence, boolean document, boolean verified) {
        return new Training(type, null, dec(hours), APPLIED.minusMonths(6), evidence,
                document ? UUID.randomUUID() : null, verified);
    }

    static Training endingOn(Training t, LocalDate end) {
        return new Training(t.centreType(), t.level(), t.hours(), end, t.evidence(),
                t.documentId(), t.verified());
    }

    static Training certificate(CentreType type, String hours) {
        return training(type, hours, TrainingEvidence.CERTIFICATE, true, false);
    }

    static Training levelTraining(TrainingLevel level, boolean document) {
        return new Training(CentreType.QTSP, level, dec("32"), APPLIED.minusMonths(3),
                TrainingEvidence.CERTIFICATE, document ? UUID.randomUUID() : null, false);
    }

    static Engagement completed(String start, String end, String hours, Reference reference) {
        return new Engagement(LocalDate.parse(start), LocalDate.parse(end), true, dec(hours), reference);
    }

    static Engagement ongoing(String start, String hours, Reference reference) {
        return new Engagement(LocalDate.parse(start), null, false, dec(hours), reference);
    }

    static Reference letter(boolean document) {
        return new Reference(ReferenceKind.LETTER, "referee@example.org", document ? UUID.randomUUID() : null, false);
    }

    static Reference contact(String email, boolean consent) {
        return new Reference(ReferenceKind.CONTACT, email, null, consent);
    }

    static CredentialHeld credential(String body, String name, boolean international, boolean proof) {
        return new CredentialHeld(body, name, international, proof ? UUID.randomUUID() : null);
    }

    static Supervision supervision() {
        return new Supervision("Helen Carter", "helen.carter@example.org", "22 Example Road, Manchester", SupervisionFocus.BOTH);
    }

    static Ethics ethics() {
        return new Ethics(OffsetDateTime.parse("2026-11-20T10:10:00Z"));
    }

    static Experience experience(String seniorYears, boolean head, Integer size, String coachingYears, int caseRecords) {
        List<UUID> records = new ArrayList<>();
        for (int i = 0; i < caseRecords; i++) {
            records.add(UUID.randomUUID());
        }
        return new Experience(seniorYears == null ? null : dec(seniorYears), head, size,
                coachingYears == null ? null : dec(coachingYears), records);
    }

    Fixture with(Training training) {
        trainings.add(training);
        return this;
    }

    Fixture with(Engagement engagement) {
        engagements.add(engagement);
        return this;
    }

    Fixture with(CredentialHeld credential) {
        credentials.add(credential);
        return this;
    }

    Evidence build() {
        return new Evidence(trainings, engagements, supervision, education, experience, credentials, ethics, contribution);
    }

    Evaluation evaluate(Programme programme) {
        return RULES.get(programme).evaluate(EvidenceFacts.of(build(), highestEducation, applied));
    }
}
