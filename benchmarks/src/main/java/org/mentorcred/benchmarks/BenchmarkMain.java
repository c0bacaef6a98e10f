package org.mentorcred.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.mentorcred.infra.suite.Suite;

/**
 * Runs the benchmarks of benchmarks/README.md against a suite of its own and writes the report. Started by
 * bin/bench; settings come from system properties (see {@link Settings}).
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    public static void main(String[] args) {
        Path root = Suite.repositoryRoot();
        Settings settings = Settings.fromSystemProperties(root);
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Report report = new Report(settings.reportsDir().resolve(stamp));
        Machine machine = Machine.describe(root);
        String loadBefore = Machine.loadAverage();
        LocalDateTime started = LocalDateTime.now();
        Context.log("MentorCred benchmarks: report in " + report.dir());

        Suite.Options options = Suite.Options.of(root, root.resolve("benchmarks/target/suite"), "_bench")
                .withJvmOptions(settings.jvmOptions())
                .withEnvironment(service -> environment(service, settings));
        long suiteStart = System.nanoTime();
        int exit = 0;
        try (Suite suite = Suite.start(options)) {
            double suiteStartSeconds = (System.nanoTime() - suiteStart) / 1e9;
            Context.log(String.format("suite ready in %.1f s", suiteStartSeconds));
            Api api = new Api();
            Tokens tokens = new Tokens(root.resolve("benchmarks/target/suite/jwt"));
            StartupArchive archive = StartupArchive.of(settings);
            if (archive != null) {
                archive.trainWhereMissing(suite, settings, api, tokens);
            }
            try (Quiesce quiesce = new Quiesce(suite, api, tokens);
                    StageTimes stageTimes = new StageTimes(suite.kafka().bootstrapServers())) {
                Context ctx = new Context(settings, suite, api, tokens, quiesce, new Mailbox(suite.smtp()), report);
                header(ctx, machine, loadBefore, started);
                report.checkpoint();
                run(ctx, stageTimes, suiteStartSeconds);
            }
        } catch (RuntimeException e) {
            exit = 1;
            Context.log("benchmark run failed: " + e);
            e.printStackTrace();
            report.heading(2, "Run failed").line("The run stopped with: `" + e + "`; the sections above were measured "
                    + "before that.");
        }
        report.blank().line("Load average at the end: " + Machine.loadAverage() + " (1, 5, 15 minutes).");
        Path file = report.save();
        Context.log("report: " + file);
        System.exit(exit);
    }

    private static void run(Context ctx, StageTimes stageTimes, double suiteStartSeconds) {
        Settings s = ctx.settings();
        FootprintBenchmark.Result footprint = null;
        if (s.runs("footprint")) {
            footprint = new FootprintBenchmark(ctx).run(suiteStartSeconds);
        }
        if (s.runs("intake")) {
            IntakeBenchmark.write(ctx, new IntakeBenchmark(ctx).run());
            ctx.report().checkpoint();
        }
        List<EndToEndBenchmark.Run> single = null;
        if (s.runs("e2e")) {
            single = new EndToEndBenchmark(ctx, stageTimes).run(1);
            EndToEndBenchmark.write(ctx, single, 1, "2. End-to-end latency (one instance each)", null);
            ctx.report().checkpoint();
        }
        if (s.runs("seats")) {
            SeatContentionBenchmark.write(ctx, new SeatContentionBenchmark(ctx).run());
            ctx.report().checkpoint();
        }
        if (footprint != null) {
            Map<String, Stats> underLoad = new LinkedHashMap<>();
            Stats suiteUnderLoad = null;
            String label = "not measured (this run had no end-to-end runs)";
            if (single != null) {
                int top = s.rates().stream().mapToInt(Integer::intValue).max().orElseThrow();
                List<EndToEndBenchmark.Run> busiest = single.stream().filter(r -> r.rate() == top).toList();
                for (String service : Suite.SERVICES) {
                    underLoad.put(service, Stats.of(busiest.stream()
                            .map(r -> r.rssPeaks().getOrDefault(service + "#1 (port " + ctx.suite().instance(service, 1)
                                    .port() + ")", -1.0)).toList()));
                }
                suiteUnderLoad = Stats.of(busiest.stream().map(EndToEndBenchmark.Run::suiteRssPeak).toList());
                label = "the peak `VmRSS` sampled every 250 ms during the end-to-end runs at " + top
                        + "/s (median of their peaks, min–max)";
            }
            FootprintBenchmark.write(ctx, footprint, underLoad, suiteUnderLoad, label);
            ctx.report().checkpoint();
        }
        if (s.runs("scale")) {
            for (String service : List.of("eligibility-service", "payment-service", "exam-service", "notification-service")) {
                Context.log("scale: second instance of " + service);
                ctx.suite().startAnotherInstance(service);
            }
            ctx.quiesce().await(Duration.ofMinutes(5));
            List<EndToEndBenchmark.Run> scaled = new EndToEndBenchmark(ctx, stageTimes).run(2);
            EndToEndBenchmark.write(ctx, scaled, 2, "5. Scale: end-to-end latency with two instances of each consumer",
                    single);
            ctx.report().checkpoint();
        }
    }

    static Map<String, String> environment(String service, Settings settings) {
        Map<String, String> env = new HashMap<>();
        if (service.equals("application-service")) {
            env.put("MENTORCRED_BENCH_BASELINE_ENDPOINT_ENABLED", "true");
        }
        if (service.equals("payment-service")) {
            // Several instances must share these (payment-service README); fresh per run, never stored.
            env.put("MENTORCRED_PAYMENT_SANDBOX_WEBHOOK_SECRET", SECRET_A);
            env.put("MENTORCRED_PAYMENT_IDEMPOTENCY_FINGERPRINT_SECRET", SECRET_B);
        }
        List<String> toolOptions = new ArrayList<>();
        if (settings.consumerConcurrency() > 0) {
            // SmallRye's channel concurrency: that many consumers of the channel in one instance (same group), each
            // with its own partitions and its own ordered worker, so one slow transaction no longer holds up the rest.
            // As system properties (JAVA_TOOL_OPTIONS, per service): an environment variable cannot say where the
            // channel name ends ("application-events" would read as channel "application").
            for (String channel : CHANNELS.getOrDefault(service, List.of())) {
                toolOptions.add("-Dmp.messaging.incoming." + channel + ".concurrency=" + settings.consumerConcurrency());
            }
        }
        StartupArchive archive = StartupArchive.of(settings);
        if (archive != null && Files.exists(archive.file(settings, service))) {
            // The AppCDS archive or AOT cache trained on this service's start; refuses to start without it.
            toolOptions.addAll(archive.useOptions(settings, service));
        }
        if (!toolOptions.isEmpty()) {
            env.put("JAVA_TOOL_OPTIONS", String.join(" ", toolOptions));
        }
        env.putAll(settings.serviceEnvironment());
        return env;
    }

    /** The incoming Kafka channels of each service (their application.properties). */
    static final Map<String, List<String>> CHANNELS = Map.of(
            "eligibility-service", List.of("application-events"),
            "payment-service", List.of("application-events", "eligibility-events"),
            "exam-service", List.of("application-events"),
            "notification-service", List.of("application-events", "eligibility-events", "payment-events", "exam-events"));

    private static final String SECRET_A = UUID.randomUUID() + "-" + UUID.randomUUID();
    private static final String SECRET_B = UUID.randomUUID() + "-" + UUID.randomUUID();

    private static void header(Context ctx, Machine m, String loadBefore, LocalDateTime started) {
        Settings s = ctx.settings();
        Report r = ctx.report();
        r.line("# MentorCred benchmark report" + (s.label().isBlank() ? "" : ": " + s.label())).blank();
        r.line("Every number below was measured in this run; targets are marked as such. Figures are the median of the "
                + "runs with their spread (min–max) unless a table says otherwise.").blank();
        r.header("machine and run", "");
        r.row("started", started.withNano(0).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        r.row("cores (available processors)", m.cores());
        r.row("CPU", m.cpuModel());
        r.row("memory", m.memoryMB() + " MB");
        r.row("OS", m.os());
        r.row("JVM", m.java());
        r.row("load average at the start (1, 5, 15 min)", loadBefore);
        r.row("commit", "`" + m.gitCommit() + "`");
        r.row("services' JVM flags", "`" + String.join(" ", s.jvmOptions()) + "`");
        List<String> env = new ArrayList<>();
        s.serviceEnvironment().forEach((k, v) -> env.add(k + "=" + v));
        r.row("consumers per channel and instance", s.consumerConcurrency() > 0 ? s.consumerConcurrency()
                + " (`mp.messaging.incoming.<channel>.concurrency`)" : "the services' default (1)");
        r.row("AppCDS archive", s.appCds() ? "yes: each service's `app.jsa`, trained on one start and first request "
                + "(`-XX:ArchiveClassesAtExit`), used with `-Xshare:on -XX:SharedArchiveFile=<service>/target/quarkus-app/app.jsa`; "
                + "`aot-jar` packaging" : "no");
        r.row("AOT cache (JDK 25+)", s.aot() ? "yes: each service's `app.aot`, trained on one start and first request "
                + "(`-XX:AOTCacheOutput`), used with `-XX:AOTMode=on -XX:AOTCache=<service>/target/quarkus-app/app.aot`; "
                + "`aot-jar` packaging" : "no");
        r.row("extra service settings", env.isEmpty() ? "none (the services' defaults)" : "`" + String.join(" ", env) + "`");
        r.row("benchmark JVM flags", "`" + m.benchJvmArgs() + "`");
        r.row("mode", s.quick() ? "quick (harness check: small sizes)" : "full");
        r.line("").line("The machine may be shared: the load average above and at the end says how busy it was.");
    }
}
