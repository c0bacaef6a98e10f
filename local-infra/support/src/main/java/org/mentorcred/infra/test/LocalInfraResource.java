package org.mentorcred.infra.test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.mentorcred.infra.db.PgServer;
import org.mentorcred.infra.jwt.JwtKeys;
import org.mentorcred.infra.kafka.KafkaBrokerProcess;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives a module's {@code @QuarkusTest}s real infrastructure: its own PostgreSQL test database (created
 * if missing, never the database the running suite uses), a Kafka broker process of its own on free
 * ports, and the public key that verifies {@link TestTokens}. Everything it starts stops with the tests,
 * also when they fail or the JVM dies.
 *
 * <pre>
 * &#64;QuarkusTestResource(value = LocalInfraResource.class,
 *         initArgs = &#64;ResourceArg(name = LocalInfraResource.DATABASE, value = "payment_test"))
 * </pre>
 *
 * Tests that need the broker itself (to stop it, say) declare a {@link KafkaBrokerProcess} field.
 */
public class LocalInfraResource implements QuarkusTestResourceLifecycleManager {

    /** Init argument: the test database's name (required). */
    public static final String DATABASE = "database";
    /** Init argument: "false" to run without a broker. */
    public static final String KAFKA = "kafka";
    /**
     * Environment variable: a tag that separates the test databases of several checkouts whose tests run at
     * the same time on one PostgreSQL ({@code payment_test} becomes {@code payment_<tag>_test}).
     */
    public static final String DATABASE_TAG_VARIABLE = "MENTORCRED_TEST_DB_TAG";

    private String database;
    private boolean withKafka = true;
    private KafkaBrokerProcess broker;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.get(DATABASE);
        if (database == null || !database.endsWith("_test")) {
            throw new IllegalArgumentException("LocalInfraResource needs a test database whose name ends in _test, "
                    + "so that tests never touch the databases of a running suite; got " + database);
        }
        String tag = System.getenv(DATABASE_TAG_VARIABLE);
        if (tag != null && !tag.isBlank()) {
            if (!tag.matches("[a-z0-9_]{1,20}")) {
                throw new IllegalArgumentException(DATABASE_TAG_VARIABLE + " must be 1-20 of [a-z0-9_]; got " + tag);
            }
            database = database.substring(0, database.length() - "_test".length()) + "_" + tag + "_test";
        }
        withKafka = !"false".equalsIgnoreCase(initArgs.getOrDefault(KAFKA, "true"));
    }

    @Override
    public Map<String, String> start() {
        PgServer pg = PgServer.fromEnvironment();
        pg.checkReachable();
        pg.ensureDatabase(database);
        Path publicKey = JwtKeys.ensure(TestTokens.keyDir());

        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", pg.jdbcUrl(database));
        config.put("quarkus.datasource.username", pg.user());
        if (!pg.password().isEmpty()) {
            config.put("quarkus.datasource.password", pg.password());
        }
        config.put("mp.jwt.verify.publickey.location", publicKey.toAbsolutePath().toString());
        config.put("mp.jwt.verify.issuer", TestTokens.ISSUER);
        // Health and metrics are on the management port; a free one, which Management.given() reads back.
        config.put("quarkus.management.test-port", Integer.toString(KafkaBrokerProcess.freePort()));
        if (withKafka) {
            Path root = Path.of("target", "test-kafka").toAbsolutePath();
            deleteQuietly(root);
            broker = KafkaBrokerProcess.startOnFreePorts(root.resolve(UUID.randomUUID().toString()));
            config.put("kafka.bootstrap.servers", broker.bootstrapServers());
        }
        return config;
    }

    @Override
    public void inject(TestInjector testInjector) {
        if (broker != null) {
            testInjector.injectIntoFields(broker, new TestInjector.MatchesType(KafkaBrokerProcess.class));
        }
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.stop();
        }
    }

    private static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover from an earlier run; a fresh subfolder is used regardless
        }
    }
}
