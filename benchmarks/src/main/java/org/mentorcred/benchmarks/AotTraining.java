package org.mentorcred.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.mentorcred.infra.suite.ServiceProcess;
import org.mentorcred.infra.suite.Suite;

/**
 * JDK 25's ahead-of-time cache (JEP 483/514/515) for {@code bin/bench --aot}: a training run records what a service
 * loads, links and profiles from launch to ready and its first request; the JVM writes {@code app.aot} when the
 * service stops, and every later start maps it. Needs the services packaged as {@code aot-jar} (their classes on the
 * class path, where the JDK can cache them) and the harness running on JDK 25 or newer (the services are launched
 * with the harness's {@code java}).
 */
final class AotTraining {

    /** The cache is written by a second JVM after the service exits: give it time on a small machine. */
    private static final Duration WRITE_CACHE = Duration.ofMinutes(3);

    private AotTraining() {
    }

    static Path cache(Settings settings, String service) {
        return settings.root().resolve(service).resolve("target/quarkus-app/app.aot");
    }

    /** The options that start a service from its cache; with AOTMode=on the JVM will not start without it. */
    static List<String> useOptions(Settings settings, String service) {
        return List.of("-XX:AOTMode=on", "-XX:AOTCache=" + cache(settings, service));
    }

    /** Trains each service that has no cache yet, then restarts it from the cache. */
    static void trainWhereMissing(Suite suite, Settings settings, Api api, Tokens tokens) {
        if (Runtime.version().feature() < 25) {
            throw new IllegalStateException("--aot needs the harness on JDK 25 or newer (JAVA_HOME); this is "
                    + Runtime.version());
        }
        for (String service : Suite.SERVICES) {
            Path cache = cache(settings, service);
            if (Files.exists(cache)) {
                continue;
            }
            ServiceProcess process = suite.instance(service, 1);
            Context.log("aot: training " + service);
            process.stop();
            process.start(List.of("-XX:AOTCacheOutput=" + cache));
            process.awaitReady(Duration.ofMinutes(2));
            api.call("GET", process.baseUrl() + "/api/v1/admin/outbox", tokens.admin(), null).expect(200);
            process.stop(WRITE_CACHE);
            if (!Files.exists(cache)) {
                throw new IllegalStateException("No AOT cache was written for " + service + "; see " + process.log());
            }
            process.start(useOptions(settings, service));
            process.awaitReady(Duration.ofMinutes(2));
        }
    }
}
