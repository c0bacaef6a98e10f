package org.mentorcred.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.mentorcred.infra.suite.ServiceProcess;
import org.mentorcred.infra.suite.Suite;

/** What every benchmark works with: the running suite, one HTTP client, tokens, the report. */
record Context(Settings settings, Suite suite, Api api, Tokens tokens, Quiesce quiesce, Mailbox mailbox, Report report) {

    static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final HttpClient PROBE = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    String url(String service) {
        return suite.url(service);
    }

    /** Prints progress with the time and load, so a long run shows where it is. */
    static void log(String message) {
        System.out.printf("%tT [load %s] %s%n", System.currentTimeMillis(), Machine.loadAverage(), message);
    }

    /**
     * Starts a stopped instance and returns the milliseconds from launching its process to its first 200 on
     * /q/health/ready, polled every 10 ms (finer than the harness's own wait).
     */
    static double startAndTimeReady(ServiceProcess process) {
        HttpRequest ready = HttpRequest.newBuilder(URI.create(process.managementUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        long start = System.nanoTime();
        process.start();
        long deadline = start + READY_TIMEOUT.toNanos();
        while (true) {
            if (!process.isRunning()) {
                throw new IllegalStateException(process + " exited during start; see " + process.log());
            }
            try {
                if (PROBE.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return (System.nanoTime() - start) / 1e6;
                }
            } catch (java.io.IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(process + " not ready in time; see " + process.log());
            }
            Quiesce.sleep(10);
        }
    }
}
