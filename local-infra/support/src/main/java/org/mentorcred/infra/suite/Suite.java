package org.mentorcred.infra.suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.mentorcred.infra.db.PgServer;
import org.mentorcred.infra.jwt.JwtKeys;
import org.mentorcred.infra.jwt.JwtTokens;
import org.mentorcred.infra.kafka.KafkaBrokerProcess;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The whole suite as an operator runs it, for the system tests and the benchmarks: a Kafka broker process,
 * an SMTP server (GreenMail, in this JVM, so received mail can be read) and the five services from their
 * packaged jars, each on a free port with a fresh database of its own ({@code <db><suffix>}), so a running
 * local suite is never touched. {@link #close()} stops it all; the processes also stop by themselves if
 * this JVM dies ({@code mentorcred.parent-pid}).
 */
public final class Suite implements AutoCloseable {

    public static final List<String> SERVICES = List.of("application-service", "eligibility-service",
            "payment-service", "exam-service", "notification-service");
    private static final Duration READY = Duration.ofSeconds(120);

    /**
     * How to run it: the repository root (where the service modules are), a working folder for logs and broker
     * data, the database name suffix ({@code _system}, {@code _bench}), extra environment per service, and the
     * services' JVM flags.
     */
    public record Options(Path root, Path workDir, String databaseSuffix,
            Function<String, Map<String, String>> environment, List<String> jvmOptions) {

        public static Options of(Path root, Path workDir, String databaseSuffix) {
            return new Options(root, workDir, databaseSuffix, service -> Map.of(),
                    List.of("-XX:+UseSerialGC", "-Xmx256m", "-XX:TieredStopAtLevel=1"));
        }

        public Options withEnvironment(Function<String, Map<String, String>> env) {
            return new Options(root, workDir, databaseSuffix, env, jvmOptions);
        }

        public Options withJvmOptions(List<String> options) {
            return new Options(root, workDir, databaseSuffix, environment, options);
        }
    }

    private final Options options;
    private final PgServer pg = PgServer.fromEnvironment();
    private final Path jwtKeys;
    private KafkaBrokerProcess kafka;
    private GreenMail smtp;
    private int smtpPort;
    private final Map<String, List<ServiceProcess>> instances = new LinkedHashMap<>();
    private final List<ServiceProcess> all = new CopyOnWriteArrayList<>();

    private Suite(Options options) {
        this.options = options;
        this.jwtKeys = options.workDir().resolve("jwt");
    }

    /** Starts everything and waits until every service is ready; on failure stops what it started. */
    public static Suite start(Options options) {
        Suite suite = new Suite(options);
        try {
            suite.startAll();
        } catch (RuntimeException e) {
            suite.close();
            throw e;
        }
        return suite;
    }

    /** The repository root: {@code mentorcred.repository.root}, else the first folder upwards holding bin/suite. */
    public static Path repositoryRoot() {
        String configured = System.getProperty("mentorcred.repository.root");
        if (configured != null) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("bin/suite"))) {
                return dir;
            }
        }
        throw new IllegalStateException("Cannot find the repository root above " + Path.of("").toAbsolutePath());
    }

    private void startAll() {
        for (String service : SERVICES) {
            Path jar = jarOf(service);
            if (!Files.exists(jar)) {
                throw new IllegalStateException(jar + " is missing: build the services first (./mvnw package)");
            }
        }
        try {
            Files.createDirectories(options.workDir().resolve("logs"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pg.checkReachable();
        for (String service : SERVICES) {
            pg.recreateDatabase(database(service));
        }
        JwtKeys.ensure(jwtKeys);
        kafka = KafkaBrokerProcess.startOnFreePorts(options.workDir().resolve("kafka"));
        smtpPort = KafkaBrokerProcess.freePort();
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        List<ServiceProcess> started = new ArrayList<>();
        for (String service : SERVICES) {
            started.add(launch(service));
        }
        started.forEach(p -> p.awaitReady(READY));
    }

    /** Starts one more instance of {@code service} (same database and consumer group) and waits until it is ready. */
    public ServiceProcess startAnotherInstance(String service) {
        ServiceProcess process = launch(service);
        process.awaitReady(READY);
        return process;
    }

    private synchronized ServiceProcess launch(String service) {
        List<ServiceProcess> list = instances.computeIfAbsent(service, s -> new ArrayList<>());
        int instance = list.size() + 1;
        ServiceProcess process = new ServiceProcess(service, instance, jarOf(service), KafkaBrokerProcess.freePort(),
                KafkaBrokerProcess.freePort(),
                environment(service), options.workDir().resolve("logs").resolve(service + "-" + instance + ".log"),
                options.jvmOptions());
        list.add(process);
        all.add(process);
        process.start();
        return process;
    }

    private Map<String, String> environment(String service) {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", pg.jdbcUrl(database(service)));
        env.put("QUARKUS_DATASOURCE_USERNAME", pg.user());
        if (!pg.password().isEmpty()) {
            env.put("QUARKUS_DATASOURCE_PASSWORD", pg.password());
        }
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", jwtKeys.resolve(JwtKeys.PUBLIC_KEY_FILE).toString());
        env.put("MP_JWT_VERIFY_ISSUER", JwtTokens.DEFAULT_ISSUER);
        env.put("QUARKUS_MAILER_HOST", "127.0.0.1");
        env.put("QUARKUS_MAILER_PORT", Integer.toString(smtpPort));
        env.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
        env.put("MENTORCRED_PAYMENT_SANDBOX_ENABLED", "true"); // payment-service's test-card provider; off by default
        env.putAll(options.environment().apply(service));
        return env;
    }

    private Path jarOf(String service) {
        return options.root().resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
    }

    public String database(String service) {
        String tag = System.getenv(org.mentorcred.infra.test.LocalInfraResource.DATABASE_TAG_VARIABLE);
        String tagged = tag == null || tag.isBlank() ? "" : "_" + tag;
        return service.replace("-service", "") + tagged + options.databaseSuffix();
    }

    /** The first instance's base URL. */
    public String url(String service) {
        return instance(service, 1).baseUrl();
    }

    public ServiceProcess instance(String service, int number) {
        return instances.get(service).get(number - 1);
    }

    public List<ServiceProcess> instances(String service) {
        return List.copyOf(instances.get(service));
    }

    public KafkaBrokerProcess kafka() {
        return kafka;
    }

    public GreenMail smtp() {
        return smtp;
    }

    public PgServer pg() {
        return pg;
    }

    /** A token the services accept, for {@code subject} holding {@code role}, with {@code subject@example.org}. */
    public String token(String role, String subject) {
        return token(role, subject, subject + "@example.org");
    }

    /** A token the services accept, for {@code subject} holding {@code role}, with an e-mail the identity provider verified. */
    public String token(String role, String subject, String verifiedEmail) {
        return JwtTokens.sign(JwtKeys.loadPrivateKey(jwtKeys), JwtTokens.DEFAULT_ISSUER, subject, List.of(role),
                verifiedEmail, true, Duration.ofHours(2));
    }

    @Override
    public void close() {
        all.parallelStream().forEach(ServiceProcess::stop);
        if (smtp != null) {
            smtp.stop();
        }
        if (kafka != null) {
            kafka.stop();
        }
    }
}
