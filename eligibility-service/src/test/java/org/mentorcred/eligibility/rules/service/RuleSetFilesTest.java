package org.mentorcred.eligibility.rules.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mentorcred.eligibility.rules.Programme;
import org.mentorcred.eligibility.rules.engine.RuleSet;

class RuleSetFilesTest {

    @Test
    void readsOneFirstVersionOfEveryProgramme() {
        List<RuleSet> ruleSets = RuleSetFiles.read(getClass().getClassLoader(), "rules");
        assertEquals(Programme.values().length, ruleSets.size());
        ruleSets.forEach(r -> assertEquals(1, r.version()));
    }

    @Test
    void invalidFilesStopTheStartWithEveryProblemNamed() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> RuleSetFiles.read(getClass().getClassLoader(), "broken-rules"));
        String message = e.getMessage();
        assertTrue(message.startsWith("The bundled rule sets are invalid, so eligibility-service does not start:"), message);
        for (String expected : List.of(
                "broken-rules/IMC_CPM/v1.json: requirements[0].minimum must be greater than 0",
                "broken-rules/IMC_CPM/v1.json: requirements[0].centreTypes[1] must be one of ACCREDITED, ENDORSED, NON_ACCREDITED, QTSP",
                "broken-rules/IMC_CPM/v2.json: effectiveFrom must be after 2024-01-01, when version 1 took effect",
                "broken-rules/IPMA_AM/v1.json is not a rule set: Unrecognized field \"declaraton\"",
                "broken-rules/IPMA_PM/v1.json is missing: every programme needs a first rule set",
                "broken-rules/IPMA_SM_FAST_TRACK/v1.json is missing")) {
            assertTrue(message.contains(expected), () -> "missing \"" + expected + "\" in:\n" + message);
        }
    }
}
