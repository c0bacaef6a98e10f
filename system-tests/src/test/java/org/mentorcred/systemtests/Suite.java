package org.mentorcred.systemtests;

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

import org.mentorcred.infra.db.PgServer;
import org.mentorcred.infra.jwt.JwtKeys;
import org.mentorcred.infra.jwt.JwtTokens;
import org.mentorcred.infra.kafka.KafkaBrokerProcess;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The whole suite, started once for all system tests: a Kafka broker process, an SMTP server (GreenMail)
 * and the five services from their packaged jars, each on a free port with a fresh database of its own
 * ({@code <db>_system}), so a running local suite is never touched. {@link #close()} stops it all; the
 * processes also stop by themselves if this JVM dies.
 */
public final class Suite implements AutoCloseable {

    public static final List<String> SERVICES = List.of("application-service", "eligibility-service",
            "payment-service", "exam-service", "notification-service");
    private static final Duration READY = Duration.ofSeconds(120);

    private final Path root;
    private final Path work;
    private final PgServer pg = PgServer.fromEnvironment();
    private final Path jwtKeys;
    private KafkaBrokerProcess kafka;
    private GreenMail smtp;
    private int smtpPort;
    private final Map<String, List<ServiceProcess>> instances = new LinkedHashMap<>();
    private final List<ServiceProcess> all = new CopyOnWriteArrayList<>();

    private Suite() {
        root = Path.of(System.getProperty("mentorcred.repository.root", "..")).toAbsolutePath().normalize();
        work = root.resolve("system-tests/target/suite");
        jwtKeys = work.resolve("jwt");
    }

    static Suite start() {
        Suite suite = new Suite();
        try {
            suite.startAll();
        } catch (RuntimeException e) {
            suite.close();
            throw e;
        }
        return suite;
    }

    private void startAll() {
        for (String service : SERVICES) {
            Path jar = jarOf(service);
            if (!Files.exists(jar)) {
                throw new IllegalStateException(jar + " is missing: the system tests run the packaged services "
                        + "(./mvnw verify packages them first)");
            }
        }
        try {
            Files.createDirectories(work.resolve("logs"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pg.checkReachable();
        for (String service : SERVICES) {
            pg.recreateDatabase(database(service));
        }
        JwtKeys.ensure(jwtKeys);
        kafka = KafkaBrokerProcess.startOnFreePorts(work.resolve("kafka"));
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

    private ServiceProcess launch(String service) {
        List<ServiceProcess> list = instances.computeIfAbsent(service, s -> new ArrayList<>());
        int instance = list.size() + 1;
        ServiceProcess process = new ServiceProcess(service, instance, jarOf(service), KafkaBrokerProcess.freePort(),
                environment(service), work.resolve("logs").resolve(service + "-" + instance + ".log"));
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
        env.putAll(SystemTestSettings.forService(service, this));
        return env;
    }

    private Path jarOf(String service) {
        return root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
    }

    static String database(String service) {
        return service.replace("-service", "") + "_system";
    }

    public String url(String service) {
        return instance(service, 1).baseUrl();
    }

    public ServiceProcess instance(String service, int number) {
        return instances.get(service).get(number - 1);
    }

    public KafkaBrokerProcess kafka() {
        return kafka;
    }

    public GreenMail smtp() {
        return smtp;
    }

    public String token(String role, String subject) {
        return JwtTokens.sign(JwtKeys.loadPrivateKey(jwtKeys), JwtTokens.DEFAULT_ISSUER, subject, List.of(role),
                subject + "@example.org", Duration.ofHours(2));
    }

    public PgServer pg() {
        return pg;
    }

    @Override
    public void close() {
        for (ServiceProcess process : all) {
            process.stop();
        }
        if (smtp != null) {
            smtp.stop();
        }
        if (kafka != null) {
            kafka.stop();
        }
    }
}
