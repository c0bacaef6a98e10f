package org.mentorcred.application.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mentorcred.application.evidence.CentreType;
import org.mentorcred.application.evidence.TrainingEvidence;
import org.mentorcred.application.evidence.TrainingEvidenceKind;
import org.mentorcred.application.evidence.TrainingMode;
import org.mentorcred.application.evidence.TrainingSource;
import org.mentorcred.application.review.service.ReviewStart;

/** DOMAIN.md: the slowest training centre type among the counted records sets the review's target. */
class ReviewTargetTest {

    static final Map<String, Integer> WEEKS = Map.of("ACCREDITED", 4, "ENDORSED", 6, "NON_ACCREDITED", 10);

    @ParameterizedTest(name = "{0} -> {1} weeks ({2})")
    @CsvSource({
            "ACCREDITED, 4, ACCREDITED",
            "ENDORSED, 6, ENDORSED",
            "NON_ACCREDITED, 10, NON_ACCREDITED",
            "ACCREDITED ENDORSED, 6, ENDORSED",
            "ACCREDITED NON_ACCREDITED ENDORSED, 10, NON_ACCREDITED",
            "QTSP, 8, DEFAULT",
            "QTSP ACCREDITED, 4, ACCREDITED",
            "'', 8, DEFAULT" })
    void theSlowestCentreTypeSetsTheTarget(String types, int weeks, String basis) {
        List<TrainingEvidence> trainings = Arrays.stream(types.split(" ")).filter(t -> !t.isBlank())
                .map(t -> training(CentreType.valueOf(t))).toList();
        assertEquals(new ReviewStart.Target(weeks, basis), ReviewStart.target(trainings, WEEKS, 8));
    }

    static TrainingEvidence training(CentreType type) {
        return new TrainingEvidence(null, TrainingSource.APPLICANT, null, "Centre", type, "Course", null,
                BigDecimal.TEN, BigDecimal.ZERO, TrainingMode.ONLINE, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1),
                "Instructor", null, TrainingEvidenceKind.CERTIFICATE, null, false);
    }
}
