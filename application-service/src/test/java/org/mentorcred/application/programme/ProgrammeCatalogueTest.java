package org.mentorcred.application.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mentorcred.application.evidence.ContributionEvidence;
import org.mentorcred.application.evidence.CredentialHeldEvidence;
import org.mentorcred.application.evidence.EducationEvidence;
import org.mentorcred.application.evidence.EducationLevel;
import org.mentorcred.application.evidence.EngagementEvidence;
import org.mentorcred.application.evidence.EngagementKind;
import org.mentorcred.application.evidence.EthicsEvidence;
import org.mentorcred.application.evidence.Evidence;
import org.mentorcred.application.evidence.ExperienceEvidence;
import org.mentorcred.application.evidence.ReferenceEvidence;
import org.mentorcred.application.evidence.ReferenceKind;
import org.mentorcred.application.evidence.RefereeRole;
import org.mentorcred.commons.problem.Violation;

class ProgrammeCatalogueTest {

    static final Evidence EMPTY = new Evidence(List.of(), List.of(), null, null, null, List.of(), null, null);

    static ProgrammeCatalogue shipped() throws IOException {
        try (InputStream in = ProgrammeCatalogueTest.class.getClassLoader().getResourceAsStream("programmes/catalogue.json")) {
            return ProgrammeCatalogue.parse(in.readAllBytes());
        }
    }

    @Test
    void shippedCatalogueCoversEveryProgramme() throws IOException {
        ProgrammeCatalogue catalogue = shipped();
        for (ProgrammeCode code : ProgrammeCode.values()) {
            assertEquals(code, catalogue.programme(code).code());
        }
        assertEquals(ProgrammeCode.IPMA_SM, catalogue.programme(ProgrammeCode.IPMA_SM_FAST_TRACK).awards());
    }

    @Test
    void emptyCpmApplicationMissesEachRequiredSectionInCatalogueOrder() throws IOException {
        List<Violation> missing = shipped().programme(ProgrammeCode.IMC_CPM).missingIn(EMPTY);
        assertEquals(List.of("trainings", "engagements", "references", "supervision"),
                missing.stream().map(Violation::field).toList());
        assertTrue(missing.stream().allMatch(v -> !v.message().isBlank()));
    }

    /** Which of the alternatives satisfies the prerequisite of the senior levels and the fast track. */
    @ParameterizedTest
    @CsvSource({
            "IPMA_SM, credentials, prerequisite, true",
            "IPMA_SM, none, prerequisite, false",
            "IPMA_MM, credentials, prerequisite, true",
            "IPMA_SM_FAST_TRACK, credentials, professional, true",
            "IPMA_SM_FAST_TRACK, caseRecords, professional, true",
            "IPMA_SM_FAST_TRACK, yearsWithoutCaseRecords, professional, false",
            "IPMA_SM_FAST_TRACK, none, professional, false" })
    void alternativesSatisfyARequirement(ProgrammeCode code, String given, String field, boolean met) throws IOException {
        Evidence evidence = switch (given) {
            case "credentials" -> withCredential(EMPTY);
            case "caseRecords" -> withExperience(EMPTY, new BigDecimal("4"), List.of(UUID.randomUUID()));
            case "yearsWithoutCaseRecords" -> withExperience(EMPTY, new BigDecimal("4"), List.of());
            default -> EMPTY;
        };
        boolean reported = shipped().programme(code).missingIn(evidence).stream().anyMatch(v -> v.field().equals(field));
        assertEquals(!met, reported);
    }

    @Test
    void completeFastTrackApplicationMissesNothing() throws IOException {
        Evidence evidence = new Evidence(List.of(), List.of(), null,
                new EducationEvidence(EducationLevel.MASTER, "U", "MSc", LocalDate.of(2010, 1, 1), null),
                new ExperienceEvidence(new BigDecimal("12"), false, null, BigDecimal.ZERO, List.of()),
                List.of(new CredentialHeldEvidence(UUID.randomUUID(), "EMCC", "Senior Practitioner", true,
                        LocalDate.of(2019, 5, 1), null)),
                new EthicsEvidence(Instant.now(), "2024-01"), null);
        assertEquals(List.of(), shipped().programme(ProgrammeCode.IPMA_SM_FAST_TRACK).missingIn(evidence));
    }

    @Test
    void contributionNeedsAnEvidenceDocument() throws IOException {
        Programme mm = shipped().programme(ProgrammeCode.IPMA_MM);
        Evidence statementOnly = new Evidence(List.of(), List.of(), null, null, null, List.of(), null,
                new ContributionEvidence("I founded the network", List.of()));
        Evidence withDocument = new Evidence(List.of(), List.of(), null, null, null, List.of(), null,
                new ContributionEvidence("I founded the network", List.of(UUID.randomUUID())));
        assertTrue(mm.missingIn(statementOnly).stream().anyMatch(v -> v.field().equals("contribution")));
        assertTrue(mm.missingIn(withDocument).stream().noneMatch(v -> v.field().equals("contribution")));
    }

    @Test
    void referencesCountOnlyWhenAnEngagementHasOne() throws IOException {
        Programme cpm = shipped().programme(ProgrammeCode.IMC_CPM);
        EngagementEvidence bare = new EngagementEvidence(UUID.randomUUID(), "Jonas", null, EngagementKind.INTERNAL,
                LocalDate.of(2023, 1, 1), LocalDate.of(2023, 6, 1), true, BigDecimal.TEN, null);
        EngagementEvidence referenced = new EngagementEvidence(UUID.randomUUID(), "Priya", null, EngagementKind.EXTERNAL,
                LocalDate.of(2023, 1, 1), LocalDate.of(2023, 6, 1), true, BigDecimal.TEN,
                new ReferenceEvidence(UUID.randomUUID(), ReferenceKind.CONTACT, "Priya", "p@example.org",
                        RefereeRole.MENTEE, null, true, false));
        Evidence without = new Evidence(List.of(), List.of(bare), null, null, null, List.of(), null, null);
        Evidence with = new Evidence(List.of(), List.of(bare, referenced), null, null, null, List.of(), null, null);
        assertTrue(cpm.missingIn(without).stream().anyMatch(v -> v.field().equals("references")));
        assertTrue(cpm.missingIn(with).stream().noneMatch(v -> v.field().equals("references")));
    }

    @Test
    void brokenCatalogueIsRefusedWithEveryProblemListed() {
        String json = """
                {"version": "x", "programmes": [
                  {"code": "IMC_CPM", "name": "CPM", "requirements": [{"section": "trainings"}, {"section": "hobbies"}]},
                  {"code": "IMC_CPM", "name": "again", "requirements": [{"section": "ethics"}]},
                  {"code": "IPMA_AM", "name": "AM", "requirements": [{"anyOf": ["ethics", "engagements"]}]},
                  {"code": "NOPE", "name": "?", "requirements": [{"section": "ethics"}]}
                ]}""";
        InvalidCatalogueException e = assertThrows(InvalidCatalogueException.class,
                () -> ProgrammeCatalogue.parse(json.getBytes(StandardCharsets.UTF_8)));
        String all = String.join("\n", e.errors());
        assertTrue(all.contains("Unknown section hobbies"), all);
        assertTrue(all.contains("programme IMC_CPM appears twice"), all);
        assertTrue(all.contains("needs a field"), all);
        assertTrue(all.contains("programme code NOPE is unknown"), all);
        assertTrue(all.contains("programme IPMA_PM is missing"), all);
        assertTrue(all.contains("programme IPMA_SM_FAST_TRACK is missing"), all);
    }

    @Test
    void unreadableCatalogueIsRefused() {
        assertThrows(InvalidCatalogueException.class,
                () -> ProgrammeCatalogue.parse("{\"version\": 1, \"extra\": true}".getBytes(StandardCharsets.UTF_8)));
    }

    private static Evidence withCredential(Evidence e) {
        return new Evidence(e.trainings(), e.engagements(), e.supervision(), e.education(), e.experience(),
                List.of(new CredentialHeldEvidence(UUID.randomUUID(), "IPMA", "Professional Mentor", true,
                        LocalDate.of(2022, 1, 1), null)),
                e.ethics(), e.contribution());
    }

    private static Evidence withExperience(Evidence e, BigDecimal years, List<UUID> caseRecords) {
        return new Evidence(e.trainings(), e.engagements(), e.supervision(), e.education(),
                new ExperienceEvidence(BigDecimal.ZERO, false, null, years, caseRecords), e.credentialsHeld(), e.ethics(),
                e.contribution());
    }
}
