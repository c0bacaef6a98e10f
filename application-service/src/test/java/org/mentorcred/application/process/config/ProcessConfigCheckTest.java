package org.mentorcred.application.process.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.mentorcred.application.evidence.CourseLevel;
import org.mentorcred.application.evidence.TrainingMode;
import org.mentorcred.application.review.config.ReviewConfig;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** The shipped process and review tables are valid; a broken one stops the service with every problem listed. */
class ProcessConfigCheckTest {

    /** The mentorcred.process.* and mentorcred.review.* settings of application.properties. */
    static Map<String, String> shipped() {
        Properties properties = new Properties();
        try (InputStream in = ProcessConfigCheckTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> settings = new HashMap<>();
        properties.stringPropertyNames().stream()
                .filter(k -> k.startsWith("mentorcred.process.") || k.startsWith("mentorcred.review."))
                .forEach(k -> settings.put(k, properties.getProperty(k)));
        return settings;
    }

    static SmallRyeConfig config(Map<String, String> settings) {
        return new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(settings, "test", 100))
                // Quarkus reads "1h" as well as "PT1H"
                .withConverter(Duration.class, 200, new DurationConverter())
                .withMapping(ProcessConfig.class)
                .withMapping(ReviewConfig.class)
                .build();
    }

    static List<String> problems(Consumer<Map<String, String>> edit) {
        Map<String, String> settings = shipped();
        edit.accept(settings);
        SmallRyeConfig config = config(settings);
        return ProcessConfigCheck.problems(config.getConfigMapping(ProcessConfig.class),
                config.getConfigMapping(ReviewConfig.class));
    }

    @Test
    void theShippedTablesAreValidAndSayWhatDomainMdSays() {
        assertEquals(List.of(), problems(s -> {
        }));
        SmallRyeConfig config = config(shipped());
        ProcessConfig process = config.getConfigMapping(ProcessConfig.class);
        ProcessConfig.Training am = process.training().get("IPMA_AM");
        assertEquals(CourseLevel.AM, am.level().orElseThrow());
        assertEquals(0, am.minHours().compareTo(BigDecimal.valueOf(32)));
        ProcessConfig.Training fastTrack = process.training().get("IPMA_SM_FAST_TRACK");
        assertTrue(fastTrack.assignedProviderOnly());
        assertTrue(fastTrack.level().isEmpty());
        assertEquals(0, fastTrack.minInPersonDays().compareTo(BigDecimal.valueOf(5)));
        assertEquals(0, fastTrack.minHours().compareTo(BigDecimal.valueOf(40)));
        assertEquals(Set.of(TrainingMode.ONLINE, TrainingMode.BLENDED), fastTrack.hoursModes());
        assertEquals(3, process.exam().attemptsAllowed());
        ReviewConfig review = config.getConfigMapping(ReviewConfig.class);
        assertEquals(Map.of("ACCREDITED", 4, "ENDORSED", 6, "NON_ACCREDITED", 10, "QTSP", 4), review.targetWeeks());
    }

    @Test
    void everyIpmaProgrammeNeedsItsTrainingAndOnlyThey() {
        List<String> problems = problems(s -> {
            s.keySet().removeIf(k -> k.startsWith("mentorcred.process.training.IPMA_MM."));
            s.put("mentorcred.process.training.IMC_CPM.description", "35 hours");
            s.put("mentorcred.process.training.IPMA_XX.description", "?");
        });
        assertEquals(3, problems.size(), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("IPMA_MM is missing")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("IMC_CPM has no exam")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("IPMA_XX: no such programme")), problems::toString);
    }

    @Test
    void numbersMustMakeSense() {
        List<String> problems = problems(s -> {
            s.put("mentorcred.process.exam.attempts-allowed", "0");
            s.put("mentorcred.process.training.IPMA_AM.min-hours", "-1");
            s.put("mentorcred.review.target-weeks.UNIVERSITY", "5");
            s.put("mentorcred.review.target-weeks.ENDORSED", "0");
            s.put("mentorcred.review.reference-check.validity", "PT0S");
        });
        assertEquals(5, problems.size(), problems::toString);
    }
}
