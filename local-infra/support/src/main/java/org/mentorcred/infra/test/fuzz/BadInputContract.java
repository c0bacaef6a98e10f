package org.mentorcred.infra.test.fuzz;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.mentorcred.infra.test.MalformedEvents;
import org.mentorcred.infra.test.authz.MatrixFixtures;

/**
 * What every MentorCred service answers to bad input, checked against the running service: lists refuse pages over
 * the cap, spoiled requests to every operation of its OpenAPI document ({@link ApiFuzzer}, with the credentials and
 * fixtures of its authorisation matrix, {@code authorization-matrix.yaml}) never break it nor give its insides away,
 * and broken messages of every event type it consumes are dead-lettered and change nothing ({@link MalformedEvents}).
 * A service's test extends it, saying how its fixtures are made and what it consumes:
 *
 * <pre>
 * &#64;QuarkusTest
 * class BadInputTest extends BadInputContract {
 *     protected MatrixFixtures createFixtures(String bootstrap) {
 *         return SecurityFixtures.create(bootstrap);
 *     }
 *
 *     protected List&lt;Consumed&gt; consumed() {
 *         return List.of(new Consumed("application-service", "application-events", "ApplicationSubmitted"));
 *     }
 * }
 * </pre>
 *
 * The methods a test class overrides name no type of this library in their signatures ({@code Object}, not
 * {@code MatrixFixtures}): JUnit discovers the class with the application class loader and Quarkus runs it with its
 * own, and an override across the two with such a type breaks the loader constraints.
 */
public abstract class BadInputContract {

    protected static final String MATRIX = "authorization-matrix.yaml";
    /** Made once per test class: the fixtures are real records, and every test of the class shares them. */
    private static final Map<Class<?>, Object> FIXTURES = new ConcurrentHashMap<>();

    /** An event type the service consumes: who produces it (the module with its schema) and on which topic. */
    public record Consumed(String producer, String topic, String event) {
    }

    /**
     * The records the matrix's requests name (ids of another owner, a partner key ...), made through the API: a
     * {@link MatrixFixtures}.
     */
    protected abstract Object createFixtures(String bootstrap);

    /** Every event type the service consumes; its dead-letter topics are {@code <topic>.<service>.dlq}. */
    protected abstract List<Consumed> consumed();

    /** Runs before the fuzzer (say, to move fixtures past a state the fuzzer's requests would otherwise end). */
    protected void beforeFuzzing(Object fixtures) {
    }

    private MatrixFixtures fixtures() {
        return (MatrixFixtures) FIXTURES.computeIfAbsent(getClass(), c -> createFixtures(bootstrap()));
    }

    protected static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    @Test
    void listsRefuseMoreThan200ItemsAPage() {
        ApiLimits.listsCapTheirPageSize(MATRIX, fixtures());
    }

    @Test
    void spoiledRequestsNeverBreakTheServiceNorGiveItsInsidesAway() {
        MatrixFixtures fixtures = fixtures();
        beforeFuzzing(fixtures);
        // 30 s is a few thousand requests; CI runs a fixed seed, a developer's run a new one (ApiFuzzer.seed()).
        ApiFuzzer.of(MATRIX, fixtures).budget(Duration.ofSeconds(30)).run();
    }

    @Test
    void brokenMessagesOnEveryConsumedTopicAreDeadLetteredAndChangeNothing() {
        String service = ConfigProvider.getConfig().getValue("quarkus.application.name", String.class);
        for (Consumed c : consumed()) {
            MalformedEvents.verify(bootstrap(), c.topic(), c.topic() + "." + service + ".dlq", c.producer(), c.event());
        }
    }
}
