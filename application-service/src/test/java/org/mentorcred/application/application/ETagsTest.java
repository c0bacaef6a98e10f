package org.mentorcred.application.application;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mentorcred.application.common.ETags;
import org.mentorcred.commons.problem.ProblemException;

class ETagsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "           | true",
            "'\"3\"'    | true",
            "'W/\"3\"'  | true",
            "*          | true",
            "'\"1\", \"3\"' | true",
            "'\"2\"'    | false",
            "'3'        | false" })
    void ifMatchPassesOnlyForTheCurrentVersion(String ifMatch, boolean passes) {
        if (passes) {
            assertDoesNotThrow(() -> ETags.check(ifMatch, 3));
        } else {
            ProblemException e = assertThrows(ProblemException.class, () -> ETags.check(ifMatch, 3));
            assertEquals(412, e.status());
            assertEquals("\"3\"", e.toProblem("/x").getExtensions().get("currentETag"));
        }
    }
}
