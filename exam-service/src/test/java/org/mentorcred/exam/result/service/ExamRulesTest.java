package org.mentorcred.exam.result.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mentorcred.exam.common.Level;

class ExamRulesTest {

    @Test
    void passMarksAreConfiguredPerLevel() {
        Map<Level, BigDecimal> marks = ExamRules.passMarks(Map.of("AM", new BigDecimal("70"), "PM", new BigDecimal("70"),
                "sm", new BigDecimal("72.5"), "MM", new BigDecimal("75")));
        assertEquals(new BigDecimal("72.5"), marks.get(Level.SM));
        assertEquals(new BigDecimal("75"), marks.get(Level.MM));
    }

    @Test
    void aMissingUnknownOrImpossiblePassMarkStopsTheStart() {
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> ExamRules.passMarks(Map.of("AM", BigDecimal.TEN)));
        assertTrue(missing.getMessage().contains("[PM, SM, MM]"), missing.getMessage());
        assertThrows(IllegalStateException.class, () -> ExamRules.passMarks(Map.of("XL", BigDecimal.TEN)));
        assertThrows(IllegalStateException.class, () -> ExamRules.passMarks(Map.of("AM", new BigDecimal("101"),
                "PM", BigDecimal.TEN, "SM", BigDecimal.TEN, "MM", BigDecimal.TEN)));
    }
}
