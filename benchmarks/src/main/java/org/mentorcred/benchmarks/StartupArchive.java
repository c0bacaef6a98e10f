package org.mentorcred.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;

import org.mentorcred.infra.suite.ServiceProcess;
import org.mentorcred.infra.suite.Suite;

/**
 * What the JDK can keep from one start of a service for the next: a training run records the classes a service loads
 * from launch to ready and its first request, the JVM writes the file when the service stops, and every later start
 * maps it. Both kinds need the services packaged as {@code aot-jar} (their classes on the class path, where the JDK
 * archives them; the default {@code fast-jar} loads them through Quarkus's own class loader, which the JDK does not
 * archive).
 * <ul>
 * <li>{@link #APPCDS} ({@code bin/bench --appcds}, JDK 17 and newer): a dynamic AppCDS archive (JEP 350),
 * {@code -XX:ArchiveClassesAtExit}, then {@code -XX:SharedArchiveFile} with {@code -Xshare:on}.</li>
 * <li>{@link #AOT_CACHE} ({@code bin/bench --aot}, JDK 25 and newer): the AOT cache (JEP 483/514/515), which also
 * keeps linked classes and method profiles, then {@code -XX:AOTMode=on}.</li>
 * </ul>
 * Either way the "use" options refuse to start without a usable file, so a stale one stops the run instead of quietly
 * measuring without it.
 */
enum StartupArchive {

    APPCDS("app.jsa", 17, "-XX:ArchiveClassesAtExit=", List.of("-Xshare:on", "-XX:SharedArchiveFile=")),
    AOT_CACHE("app.aot", 25, "-XX:AOTCacheOutput=", List.of("-XX:AOTMode=on", "-XX:AOTCache="));

    /** The file is written by the exiting JVM (AppCDS) or a second JVM after it (AOT): give it time. */
    private static final Duration WRITE = Duration.ofMinutes(3);

    private final String fileName;
    private final int minimumJdk;
    private final String trainOption;
    private final List<String> useOptions;

    StartupArchive(String fileName, int minimumJdk, String trainOption, List<String> useOptions) {
        this.fileName = fileName;
        this.minimumJdk = minimumJdk;
        this.trainOption = trainOption;
        this.useOptions = useOptions;
    }

    /** The kind the settings ask for, if any. */
    static StartupArchive of(Settings settings) {
        return settings.aot() ? AOT_CACHE : settings.appCds() ? APPCDS : null;
    }

    Path file(Settings settings, String service) {
        return settings.root().resolve(service).resolve("target/quarkus-app").resolve(fileName);
    }

    /** The options that start a service from its file (the last one takes the path). */
    List<String> useOptions(Settings settings, String service) {
        List<String> options = new ArrayList<>(useOptions);
        int last = options.size() - 1;
        options.set(last, options.get(last) + file(settings, service));
        return options;
    }

    /** Trains each service that has no file yet, then restarts it from the file. */
    void trainWhereMissing(Suite suite, Settings settings, Api api, Tokens tokens) {
        if (Runtime.version().feature() < minimumJdk) {
            throw new IllegalStateException(this + " needs the harness on JDK " + minimumJdk + " or newer (JAVA_HOME); "
                    + "this is " + Runtime.version());
        }
        for (String service : Suite.SERVICES) {
            Path file = file(settings, service);
            if (Files.exists(file)) {
                continue;
            }
            requireAotJar(file.resolveSibling("quarkus-run.jar"));
            ServiceProcess process = suite.instance(service, 1);
            Context.log(this + ": training " + service);
            process.stop();
            process.start(List.of(trainOption + file));
            process.awaitReady(Duration.ofMinutes(2));
            api.call("GET", process.baseUrl() + "/api/v1/admin/outbox", tokens.admin(), null).expect(200);
            process.stop(WRITE);
            if (!Files.exists(file)) {
                throw new IllegalStateException("No " + fileName + " was written for " + service + "; see " + process.log());
            }
            process.start(useOptions(settings, service));
            process.awaitReady(Duration.ofMinutes(2));
        }
    }

    /** A fast-jar would train an archive of the JDK's and Quarkus's boot classes only: nothing worth measuring. */
    private static void requireAotJar(Path runner) {
        try (JarFile jar = new JarFile(runner.toFile())) {
            String main = jar.getManifest().getMainAttributes().getValue("Main-Class");
            if (main == null || !main.contains("Aot")) {
                throw new IllegalStateException(runner + " is not an aot-jar (Main-Class " + main + "): build with "
                        + "-Dquarkus.package.jar.type=aot-jar (bin/bench --appcds or --aot without --no-build)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
