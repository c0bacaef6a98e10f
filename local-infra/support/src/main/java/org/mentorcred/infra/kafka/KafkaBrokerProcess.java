package org.mentorcred.infra.kafka;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * A real Kafka broker (KRaft, single node) running as a child process of this JVM, built from the jars
 * that the kafka-broker module copies at build time. The child stops with its parent, so a test JVM that
 * dies does not leave a broker behind.
 */
public final class KafkaBrokerProcess implements AutoCloseable {

    /** On a machine shared by several builds a broker can take minutes to start; MENTORCRED_KAFKA_READY_TIMEOUT (s). */
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(
            Long.parseLong(System.getenv().getOrDefault("MENTORCRED_KAFKA_READY_TIMEOUT", "180")));

    private final int port;
    private final int controllerPort;
    private final Path dataDir;
    private final Path logFile;
    private Process process;

    private KafkaBrokerProcess(int port, int controllerPort, Path dataDir, Path logFile) {
        this.port = port;
        this.controllerPort = controllerPort;
        this.dataDir = dataDir;
        this.logFile = logFile;
    }

    /** Starts a broker on free ports with its data in {@code dataDir} and waits until it answers. */
    public static KafkaBrokerProcess startOnFreePorts(Path dataDir) {
        KafkaBrokerProcess broker = new KafkaBrokerProcess(freePort(), freePort(), dataDir,
                dataDir.resolveSibling(dataDir.getFileName() + ".log"));
        broker.start();
        return broker;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Starts (or starts again, with the same ports and data) and waits until the broker answers. */
    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        try {
            Files.createDirectories(dataDir);
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(List.of("-Xms64m", "-Xmx128m", "-XX:+UseSerialGC", "-Djava.awt.headless=true"));
            command.add("-cp");
            command.add(brokerClassPath());
            command.add("org.mentorcred.infra.kafka.LocalKafka");
            command.addAll(List.of("--port", Integer.toString(port), "--controller-port",
                    Integer.toString(controllerPort), "--data-dir", dataDir.toString(), "--parent-pid",
                    Long.toString(ProcessHandle.current().pid())));
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the Kafka broker", e);
        }
        awaitReady(bootstrapServers(), READY_TIMEOUT, process);
    }

    /** Stops the broker cleanly (SIGTERM), forcibly if it takes too long. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** Kills the broker without a clean shutdown (SIGKILL), as a crash would. */
    public synchronized void kill() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** Waits until a broker at {@code bootstrap} answers a cluster description. */
    public static void awaitReady(String bootstrap, Duration timeout) {
        awaitReady(bootstrap, timeout, null);
    }

    private static void awaitReady(String bootstrap, Duration timeout, Process process) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "3000");
        props.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "200");
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = Admin.create(props)) {
            while (true) {
                if (process != null && !process.isAlive()) {
                    throw new IllegalStateException("The Kafka broker exited with " + process.exitValue()
                            + " before it was ready; see its log");
                }
                try {
                    admin.describeCluster().nodes().get(3, TimeUnit.SECONDS);
                    return;
                } catch (Exception notYet) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("The Kafka broker at " + bootstrap + " was not ready within "
                                + timeout.toSeconds() + " s", notYet);
                    }
                    Thread.sleep(200);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the Kafka broker", e);
        }
    }

    /** {@code <launcher classes>:<libs>/*}, as written into the kafka-broker jar at build time. */
    public static String brokerClassPath() {
        Properties built = new Properties();
        try (InputStream in = KafkaBrokerProcess.class.getClassLoader()
                .getResourceAsStream("mentorcred-kafka-broker.properties")) {
            if (in == null) {
                throw new IllegalStateException("mentorcred-kafka-broker.properties is not on the class path: "
                        + "build the local-infra/kafka-broker module first (./mvnw install -DskipTests)");
            }
            built.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path libs = Path.of(built.getProperty("libs.dir"));
        if (!Files.isDirectory(libs)) {
            throw new IllegalStateException("The broker's jars are not in " + libs
                    + ": build the local-infra/kafka-broker module first (./mvnw install -DskipTests)");
        }
        return built.getProperty("launcher.classes") + java.io.File.pathSeparator + libs + "/*";
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }
}
