package org.mentorcred.eligibility.rules.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.mentorcred.commons.problem.Violation;
import org.mentorcred.eligibility.rules.Programme;
import org.mentorcred.eligibility.rules.model.RequirementSpec;
import org.mentorcred.eligibility.rules.model.RuleSetDocument;
import org.mentorcred.eligibility.rules.model.RuleSetJson;

class RuleSetCompilerTest {

    static RequirementSpec spec(String code, String kind, String description) {
        return new RequirementSpec(code, kind, description, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null);
    }

    static RequirementSpec total(String code, String measure, String minimum) {
        return new RequirementSpec(code, "MINIMUM_TOTAL", "Total", measure, minimum == null ? null : new BigDecimal(minimum),
                null, null, null, null, null, null, null, null, null, null, null, null);
    }

    static RequirementSpec declaration(String code, String declaration) {
        return new RequirementSpec(code, "DECLARATION", "Declared", null, null, null, null, null, null, null, null, null,
                null, null, declaration, null, null);
    }

    static RequirementSpec anyOf(String code, RequirementSpec... options) {
        return new RequirementSpec(code, "ANY_OF", "One of", null, null, null, null, null, null, null, null, null, null,
                null, null, null, Arrays.asList(options));
    }

    static RuleSetDocument document(RequirementSpec... requirements) {
        return new RuleSetDocument("IPMA_AM", 1, LocalDate.of(2024, 1, 1), Arrays.asList(requirements));
    }

    static Set<String> fields(InvalidRuleSetException e) {
        return e.problems().stream().map(Violation::field).collect(Collectors.toSet());
    }

    @Test
    void listsEveryProblemOfTheRuleSetAtOnce() {
        RequirementSpec trainingWithoutCentres = total("TRAINING", "TRAINING_HOURS", "35");
        RequirementSpec badDeclaration = new RequirementSpec("ETHICS", "DECLARATION", "Ethics", null, new BigDecimal("3"),
                null, null, null, null, null, null, null, null, null, "HONESTY", null, null);
        RuleSetDocument document = new RuleSetDocument("IPMA_XX", 0, null, List.of(
                total("bad code", "SERVICE_HOURS", "-1"),
                total("SERVICE_HOURS", "HOURS", "40"),
                total("SERVICE_HOURS", "COMPLETED_ENGAGEMENTS", "2.5"),
                spec("MYSTERY", "NOPE", " "),
                trainingWithoutCentres,
                badDeclaration,
                anyOf("LONELY", declaration("ALONE", "ETHICS")),
                anyOf("NESTED", declaration("A", "ETHICS"), anyOf("INNER", declaration("B", "ETHICS"), declaration("C", "ETHICS")))));

        InvalidRuleSetException e = assertThrows(InvalidRuleSetException.class, () -> RuleSetCompiler.compile(document));

        assertEquals(Set.of("programme", "version", "effectiveFrom",
                "requirements[0].code", "requirements[0].minimum",
                "requirements[1].measure",
                "requirements[2].code", "requirements[2].minimum",
                "requirements[3].description", "requirements[3].kind",
                "requirements[4].centreTypes",
                "requirements[5].minimum", "requirements[5].declaration",
                "requirements[6].options",
                "requirements[7].options[1].kind"), fields(e));
        assertTrue(e.problems().contains(new Violation("requirements[5].minimum", "is not a parameter of DECLARATION")));
        assertTrue(e.problems().contains(new Violation("requirements[2].minimum", "must be a whole number")));
        assertTrue(e.problems().contains(new Violation("requirements[2].code",
                "repeats the code SERVICE_HOURS; codes are unique in a rule set")));
        assertTrue(e.problems().contains(new Violation("requirements[0].minimum", "must be greater than 0")));
        assertTrue(e.getMessage().contains("requirements[1].measure must be one of TRAINING_HOURS, SERVICE_HOURS,"
                + " COMPLETED_ENGAGEMENTS, REFERENCES"), e.getMessage());
    }

    @Test
    void aRuleSetNeedsRequirements() {
        InvalidRuleSetException e = assertThrows(InvalidRuleSetException.class,
                () -> RuleSetCompiler.compile(new RuleSetDocument("IPMA_AM", 1, LocalDate.of(2024, 1, 1), List.of())));
        assertEquals(List.of(new Violation("requirements", "must list at least one requirement")), e.problems());
    }

    @Test
    void parametersOfOneMeasureAreRefusedOnAnother() {
        RequirementSpec hoursWithCentres = new RequirementSpec("SERVICE_HOURS", "MINIMUM_TOTAL", "Hours", "SERVICE_HOURS",
                BigDecimal.TEN, List.of("ACCREDITED"), true, null, null, null, null, null, null, null, null, null, null);
        InvalidRuleSetException e = assertThrows(InvalidRuleSetException.class,
                () -> RuleSetCompiler.compile(document(hoursWithCentres)));
        assertEquals(Set.of("requirements[0].centreTypes", "requirements[0].evidenceRequired"), fields(e));
    }

    @Test
    void theSameRulesWrittenDifferentlyHaveOneChecksum() {
        RuleSet plain = RuleSetCompiler.compile(document(total("HOURS", "SERVICE_HOURS", "40"), declaration("ETHICS", "ETHICS")));
        RuleSet padded = RuleSetCompiler.compile(document(total("HOURS", "SERVICE_HOURS", "40.00"), declaration("ETHICS", "ETHICS")));
        RuleSet other = RuleSetCompiler.compile(document(total("HOURS", "SERVICE_HOURS", "41"), declaration("ETHICS", "ETHICS")));

        assertEquals(RuleSetJson.checksum(plain.document()), RuleSetJson.checksum(padded.document()));
        assertNotEquals(RuleSetJson.checksum(plain.document()), RuleSetJson.checksum(other.document()));
        assertEquals("40", plain.document().requirements().get(0).minimum().toPlainString());
    }

    @Test
    void defaultsAreWrittenOutInTheNormalisedRules() {
        RequirementSpec training = new RequirementSpec("TRAINING", "MINIMUM_TOTAL", "Training", "TRAINING_HOURS",
                new BigDecimal("1E+3"), List.of("QTSP"), null, null, null, null, null, null, null, null, null, null, null);
        RequirementSpec normalised = RuleSetCompiler.compile(document(training)).document().requirements().get(0);
        assertEquals(Boolean.TRUE, normalised.evidenceRequired());
        assertEquals("1000", normalised.minimum().toPlainString());
        assertTrue(RuleSetJson.write(RuleSetCompiler.compile(document(training)).document()).contains("\"minimum\":1000"));
    }

    @Test
    void theBundledRuleSetsCoverEveryProgramme() {
        assertEquals(Set.of(Programme.values()), Fixture.RULES.keySet());
    }
}
