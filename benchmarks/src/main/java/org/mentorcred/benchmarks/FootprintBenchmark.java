package org.mentorcred.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mentorcred.infra.suite.ServiceProcess;
import org.mentorcred.infra.suite.Suite;

/**
 * 4. Footprint: each service restarted on its own (the others idle), from launching its JVM to ready, then its RSS
 * right after its first API request. RSS under load is sampled during the end-to-end runs.
 */
final class FootprintBenchmark {

    static final double READY_TARGET_MS = 2500;
    static final double RSS_TARGET_MIB = 200;

    record ServiceFootprint(String service, Stats readyMs, Stats rssAfterFirstRequestMB) {
    }

    record Result(List<ServiceFootprint> services, Stats suiteRssIdleMB, double suiteStartSeconds) {
    }

    private final Context ctx;

    FootprintBenchmark(Context ctx) {
        this.ctx = ctx;
    }

    Result run(double suiteStartSeconds) {
        Map<String, List<Double>> ready = new LinkedHashMap<>();
        Map<String, List<Double>> rss = new LinkedHashMap<>();
        List<Double> suiteRss = new ArrayList<>();
        for (int start = 1; start <= ctx.settings().footprintStarts(); start++) {
            for (String service : Suite.SERVICES) {
                ServiceProcess process = ctx.suite().instance(service, 1);
                process.stop();
                double ms = Context.startAndTimeReady(process);
                ctx.api().call("GET", process.baseUrl() + "/api/v1/admin/outbox", ctx.tokens().admin(), null).expect(200);
                double mib = Memory.rssMB(process.pid());
                ready.computeIfAbsent(service, s -> new ArrayList<>()).add(ms);
                rss.computeIfAbsent(service, s -> new ArrayList<>()).add(mib);
                Context.log(String.format("footprint %s start %d: ready in %.0f ms, RSS %.0f MB", service, start, ms, mib));
            }
            suiteRss.add(Memory.childrenRssMB());
        }
        List<ServiceFootprint> services = new ArrayList<>();
        ready.forEach((service, values) -> services.add(new ServiceFootprint(service, Stats.of(values),
                Stats.of(rss.get(service)))));
        return new Result(services, Stats.of(suiteRss), suiteStartSeconds);
    }

    static void write(Context ctx, Result r, Map<String, Stats> rssUnderLoad, Stats suiteUnderLoad, String loadLabel) {
        Report report = ctx.report();
        report.heading(2, "4. Footprint");
        report.line("Each service restarted alone " + ctx.settings().footprintStarts() + " time(s) while the others idle: "
                + "launch of its JVM to the first 200 of `/q/health/ready` (polled every 10 ms), then `VmRSS` from "
                + "`/proc/<pid>/status` right after its first API request (`GET /api/v1/admin/outbox`). Under load: "
                + loadLabel + ". JVM flags of every service: `"
                + String.join(" ", ctx.settings().jvmOptions()) + "`.").blank();
        report.header("service", "start → ready, ms", "target", "RSS after first request, MB", "target",
                "RSS under load (peak), MB");
        for (ServiceFootprint s : r.services()) {
            Stats load = rssUnderLoad.get(s.service());
            report.row(s.service(), s.readyMs().format(0), mark(s.readyMs().median() <= READY_TARGET_MS, "≤ 2,500"),
                    s.rssAfterFirstRequestMB().format(0), mark(s.rssAfterFirstRequestMB().median() <= RSS_TARGET_MIB,
                            "≤ 200"), load == null ? "not measured" : load.format(0));
        }
        report.blank().line("Whole suite (every process this run started: the five services and the Kafka broker): "
                + r.suiteRssIdleMB().format(0) + " MB idle after the restarts"
                + (suiteUnderLoad == null ? "" : ", " + suiteUnderLoad.format(0) + " MB at its peak under load")
                + ". The first start of all five services at once (plus the broker) took "
                + Stats.num(r.suiteStartSeconds(), 1) + " s.");
        List<String> groups = r.services().stream().map(s -> s.service().replace("-service", "")).toList();
        Stats[][] readyValues = new Stats[groups.size()][1];
        Stats[][] rssValues = new Stats[groups.size()][2];
        for (int i = 0; i < r.services().size(); i++) {
            ServiceFootprint s = r.services().get(i);
            readyValues[i][0] = s.readyMs();
            rssValues[i][0] = s.rssAfterFirstRequestMB();
            rssValues[i][1] = rssUnderLoad.get(s.service());
        }
        report.chart("footprint-ready", SvgChart.bars("Start to ready per service", "ms", groups, List.of("start → ready"),
                readyValues, READY_TARGET_MS, "target 2,500 ms"), "start to ready per service");
        report.chart("footprint-rss", SvgChart.bars("RSS per service", "MB", groups,
                List.of("after first request", "peak under load"), rssValues, RSS_TARGET_MIB, "target 200 MB"),
                "RSS per service");
    }

    static String mark(boolean met, String target) {
        return target + (met ? " ✅" : " ❌");
    }
}
