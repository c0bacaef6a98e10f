package org.mentorcred.exam.result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mentorcred.exam.common.Level;
import org.mentorcred.exam.common.Topic;
import org.mentorcred.exam.result.weights.WeightTable;
import org.mentorcred.exam.result.weights.WeightedScore;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The weighted score against hand calculations from the DOMAIN.md weight table. The table below is typed from
 * DOMAIN.md (topic rows, level columns); the service's data file must say the same.
 */
class WeightedScoreTest {

    private static final BigDecimal PASS_MARK = new BigDecimal("70");

    /** DOMAIN.md, "Exams (IPMA)": rows in topic order, columns AM, PM, SM, MM. */
    private static final int[][] DOMAIN_TABLE = {
            { 30, 30, 20, 10 }, // Coaching skills
            { 35, 35, 25, 20 }, // Mentoring skills
            { 5, 5, 10, 10 }, // Supervision skills
            { 5, 5, 5, 5 }, // Knowledge management
            { 5, 5, 10, 15 }, // Tacit knowledge management
            { 5, 5, 10, 15 }, // Business skills in mentoring
            { 5, 5, 10, 15 }, // Tools, methodologies & technologies
            { 10, 10, 10, 10 }, // Code of ethics & conduct
    };

    private static WeightTable table;

    @BeforeAll
    static void loadTheServicesWeightTable() throws IOException {
        try (InputStream json = WeightedScoreTest.class.getClassLoader()
                .getResourceAsStream("exam-weights/exam-weights.v1.json")) {
            table = WeightTable.read(json, new ObjectMapper());
        }
    }

    @Test
    void theWeightDataIsTheDomainTable() {
        for (Level level : Level.values()) {
            for (Topic topic : Topic.values()) {
                assertEquals(0, BigDecimal.valueOf(DOMAIN_TABLE[topic.ordinal()][level.ordinal()])
                        .compareTo(table.of(level).get(topic)), level + " " + topic);
            }
        }
    }

    /**
     * Scores in topic order; the expected weighted score of each level worked out by hand, e.g. AM for the first row:
     * 90×.30 + 90×.35 + 40×.05 + 60×.05 + 40×.05 + 40×.05 + 40×.05 + 80×.10 = 27 + 31.5 + 2 + 3 + 2 + 2 + 2 + 8 = 77.5.
     */
    static Stream<Arguments> handCalculations() {
        return Stream.of(
                // Strong in coaching and mentoring: passes AM and PM (77.5), fails SM (67.5) and MM (60).
                Arguments.of(scores(90, 90, 40, 60, 40, 40, 40, 80), "77.50", "77.50", "67.50", "60.00"),
                // Strong in the senior topics: fails AM and PM (12 + 17.5 + 4.5 + 4 + 5 + 5 + 5 + 8 = 61),
                // passes SM (8 + 12.5 + 9 + 4 + 10 + 10 + 10 + 8 = 71.5) and MM (4 + 10 + 9 + 4 + 15 + 15 + 15 + 8 = 80).
                Arguments.of(scores(40, 50, 90, 80, 100, 100, 100, 80), "61.00", "61.00", "71.50", "80.00"),
                // The same score everywhere weighs the same at every level.
                Arguments.of(scores(70, 70, 70, 70, 70, 70, 70, 70), "70.00", "70.00", "70.00", "70.00"),
                Arguments.of(scores(100, 100, 100, 100, 100, 100, 100, 100), "100.00", "100.00", "100.00", "100.00"),
                Arguments.of(scores(0, 0, 0, 0, 0, 0, 0, 0), "0.00", "0.00", "0.00", "0.00"),
                // Only ethics: 10 % at every level.
                Arguments.of(scores(0, 0, 0, 0, 0, 0, 0, 100), "10.00", "10.00", "10.00", "10.00"),
                // The DOMAIN-style example of the ExamResultRecorded contract: PM 72.5;
                // SM 16 + 17.5 + 6 + 3 + 6 + 6 + 6 + 9 = 69.5; MM 8 + 14 + 6 + 3 + 9 + 9 + 9 + 9 = 67.
                Arguments.of(scores(80, 70, 60, 60, 60, 60, 60, 90), "72.50", "72.50", "69.50", "67.00"));
    }

    @ParameterizedTest
    @MethodSource("handCalculations")
    void weightedScoreOfEachLevelEqualsTheHandCalculation(Map<Topic, BigDecimal> scores, String am, String pm,
            String sm, String mm) {
        Map<Level, String> expected = Map.of(Level.AM, am, Level.PM, pm, Level.SM, sm, Level.MM, mm);
        for (Level level : Level.values()) {
            WeightedScore result = WeightedScore.of(table.of(level), scores, PASS_MARK);
            assertEquals(new BigDecimal(expected.get(level)), result.weightedScore(), level.name());
            assertEquals(result.weightedScore().compareTo(PASS_MARK) >= 0, result.passed(), level + " pass/fail");
        }
    }

    @Test
    void theSameRawScoresPassAtOneLevelAndFailAtAnother() {
        Map<Topic, BigDecimal> scores = scores(90, 90, 40, 60, 40, 40, 40, 80);
        assertTrue(WeightedScore.of(table.of(Level.PM), scores, PASS_MARK).passed());
        assertEquals(false, WeightedScore.of(table.of(Level.SM), scores, PASS_MARK).passed());
    }

    @Test
    void breakdownCarriesEachTopicsWeightAndPointsInTopicOrder() {
        WeightedScore result = WeightedScore.of(table.of(Level.MM), scores(80, 70, 60, 60, 60, 60, 60, 90), PASS_MARK);
        assertEquals(Topic.COACHING_SKILLS, result.topics().get(0).topic());
        assertEquals(0, new BigDecimal("10").compareTo(result.topics().get(0).weightPercent()));
        assertEquals(0, new BigDecimal("8").compareTo(result.topics().get(0).weightedPoints()));
        assertEquals(Topic.TACIT_KNOWLEDGE_MANAGEMENT, result.topics().get(4).topic());
        assertEquals(0, new BigDecimal("9").compareTo(result.topics().get(4).weightedPoints()));
        assertEquals(0, new BigDecimal("67").compareTo(result.topics().stream()
                .map(WeightedScore.TopicPoints::weightedPoints).reduce(BigDecimal.ZERO, BigDecimal::add)));
    }

    static Stream<Arguments> passMarkBoundary() {
        // AM, all topics 70 except tacit knowledge (5 %): 66.5 + 0.05 × score.
        return Stream.of(
                Arguments.of("70", "70.00", true), // exactly the pass mark passes
                Arguments.of("69.80", "69.99", false), // 69.990
                Arguments.of("69.90", "70.00", true), // 69.995 rounds half up to 70.00, the published score
                Arguments.of("69.88", "69.99", false), // 69.994 rounds down
                Arguments.of("0", "66.50", false));
    }

    @ParameterizedTest
    @MethodSource("passMarkBoundary")
    void passesAtOrAboveThePassMarkOfTheScoreRoundedHalfUpToTwoDecimals(String tacit, String expected, boolean passed) {
        Map<Topic, BigDecimal> scores = scores(70, 70, 70, 70, 0, 70, 70, 70);
        scores.put(Topic.TACIT_KNOWLEDGE_MANAGEMENT, new BigDecimal(tacit));
        WeightedScore result = WeightedScore.of(table.of(Level.AM), scores, PASS_MARK);
        assertEquals(new BigDecimal(expected), result.weightedScore());
        assertEquals(passed, result.passed());
    }

    @Test
    void aConfiguredPassMarkOtherThan70Applies() {
        Map<Topic, BigDecimal> scores = scores(80, 70, 60, 60, 60, 60, 60, 90); // PM 72.50
        assertTrue(WeightedScore.of(table.of(Level.PM), scores, new BigDecimal("72.5")).passed());
        assertEquals(false, WeightedScore.of(table.of(Level.PM), scores, new BigDecimal("75")).passed());
    }

    @Test
    void aTableWhoseLevelDoesNotSumTo100IsRefused() {
        Map<Level, Map<Topic, BigDecimal>> weights = copyOfTable();
        weights.get(Level.SM).put(Topic.CODE_OF_ETHICS, new BigDecimal("11"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new WeightTable(2, weights));
        assertTrue(e.getMessage().contains("SM: weights sum to 101%"), e.getMessage());
    }

    @Test
    void aTableMissingATopicOrALevelIsRefused() {
        Map<Level, Map<Topic, BigDecimal>> weights = copyOfTable();
        weights.get(Level.AM).remove(Topic.BUSINESS_SKILLS);
        weights.remove(Level.MM);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new WeightTable(2, weights));
        assertTrue(e.getMessage().contains("AM.BUSINESS_SKILLS: missing"), e.getMessage());
        assertTrue(e.getMessage().contains("MM: missing"), e.getMessage());
    }

    @Test
    void aNegativeWeightIsRefusedEvenIfTheSumIs100() {
        Map<Level, Map<Topic, BigDecimal>> weights = copyOfTable();
        weights.get(Level.PM).put(Topic.CODE_OF_ETHICS, new BigDecimal("-5"));
        weights.get(Level.PM).put(Topic.COACHING_SKILLS, new BigDecimal("45"));
        assertThrows(IllegalArgumentException.class, () -> new WeightTable(2, weights));
    }

    private static Map<Level, Map<Topic, BigDecimal>> copyOfTable() {
        Map<Level, Map<Topic, BigDecimal>> copy = new EnumMap<>(Level.class);
        table.all().forEach((level, weights) -> copy.put(level, new EnumMap<>(weights)));
        return copy;
    }

    static Map<Topic, BigDecimal> scores(int... inTopicOrder) {
        Map<Topic, BigDecimal> scores = new EnumMap<>(Topic.class);
        for (Topic topic : Topic.values()) {
            scores.put(topic, BigDecimal.valueOf(inTopicOrder[topic.ordinal()]));
        }
        return scores;
    }
}
