package org.mentorcred.infra.suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * One instance of a service, run from its packaged jar as its own process, as an operator would run it:
 * configured only through environment variables. It stops with the test JVM (mentorcred.parent-pid).
 */
public final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int instance;
    private final int port;
    private final int managementPort;
    private final List<String> jvmOptions;
    private final Path jar;
    private final Map<String, String> env;
    private final Path log;
    private Process process;
    private List<String> extraJvmOptions = List.of();

    ServiceProcess(String name, int instance, Path jar, int port, int managementPort, Map<String, String> env,
            Path log, List<String> jvmOptions) {
        this.managementPort = managementPort;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.name = name;
        this.instance = instance;
        this.jar = jar;
        this.port = port;
        this.env = new TreeMap<>(env);
        this.log = log;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** The management interface: health ({@code /q/health/ready}) and metrics ({@code /q/metrics}). */
    public String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(extraJvmOptions);
        command.addAll(List.of("-Dmentorcred.parent-pid=" + ProcessHandle.current().pid(), "-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPort));
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + this, e);
        }
    }

    /** Starts it with these JVM options after the suite's (and for every later start, until changed again). */
    public synchronized void start(List<String> extraJvmOptions) {
        this.extraJvmOptions = List.copyOf(extraJvmOptions);
        start();
    }

    /** Waits until /q/health/ready answers 200 (database and Kafka reachable). */
    public void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(managementUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        while (true) {
            if (!isRunning()) {
                throw new IllegalStateException(this + " exited during start; see " + log);
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(this + " not ready within " + timeout.toSeconds() + " s; see " + log);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** A clean stop (SIGTERM): consumers commit, the outbox relay finishes its pass. */
    public synchronized void stop() {
        stop(Duration.ofSeconds(30));
    }

    /** A clean stop that waits up to {@code grace} for the JVM to exit before it is killed. */
    public synchronized void stop(Duration grace) {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** A crash (SIGKILL): nothing is flushed, nothing is committed that was not already. */
    public synchronized void kill() {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    public Path log() {
        return log;
    }

    public String name() {
        return name;
    }

    public int instance() {
        return instance;
    }

    public int port() {
        return port;
    }

    /** The process id while it runs (for measuring its memory, say), or -1. */
    public synchronized long pid() {
        return process == null ? -1 : process.pid();
    }

    @Override
    public String toString() {
        return name + "#" + instance + " (port " + port + ")";
    }
}
