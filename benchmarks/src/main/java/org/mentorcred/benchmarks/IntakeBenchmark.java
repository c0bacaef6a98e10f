package org.mentorcred.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.mentorcred.infra.suite.ServiceProcess;
import org.mentorcred.infra.suite.Suite;

/**
 * 1. Intake throughput: {@code POST /api/v1/applications/{id}/submit} of complete drafts (completeness check,
 * evidence frozen, status, timeline, outbox row, one transaction) against the bare endpoint
 * {@code POST /api/v1/bench/baseline} (one row, no logic), same client, same concurrency, alternating within each
 * repetition. The other four services are stopped meanwhile: on a small machine their consumers would take the
 * processor the measured service needs (in production they run elsewhere); they are started again afterwards and
 * work off the submissions before the next benchmark.
 */
final class IntakeBenchmark {

    static final double TARGET_RATIO = 0.6;

    record Rep(ClosedLoad.Result bare, ClosedLoad.Result intake) {
        double ratio() {
            return intake.throughput() / bare.throughput();
        }
    }

    private final Context ctx;

    IntakeBenchmark(Context ctx) {
        this.ctx = ctx;
    }

    List<Rep> run() {
        Settings s = ctx.settings();
        String app = ctx.url("application-service");
        Drafts drafts = new Drafts(ctx.api(), ctx.tokens(), app);
        int warmup = Math.min(300, s.intakeRequests());
        Context.log("intake: preparing " + (warmup + s.repetitions() * s.intakeRequests()) + " drafts");
        List<Drafts.Draft> warm = drafts.prepare("intake-warm", warmup, 16);
        List<List<Drafts.Draft>> perRep = new ArrayList<>();
        for (int rep = 0; rep < s.repetitions(); rep++) {
            perRep.add(drafts.prepare("intake-" + rep, s.intakeRequests(), 16));
        }
        ctx.quiesce().await(Duration.ofMinutes(5));
        List<ServiceProcess> stopped = new ArrayList<>();
        for (String service : Suite.SERVICES) {
            if (!service.equals("application-service")) {
                ctx.suite().instances(service).forEach(p -> {
                    p.stop();
                    stopped.add(p);
                });
            }
        }
        List<Rep> reps = new ArrayList<>();
        try {
            Context.log("intake: warm-up");
            bare(app, warmup, "warm");
            submit(app, warm);
            for (int rep = 0; rep < s.repetitions(); rep++) {
                ClosedLoad.Result bare = bare(app, s.intakeRequests(), "rep" + rep);
                ClosedLoad.Result intake = submit(app, perRep.get(rep));
                Rep r = new Rep(bare, intake);
                reps.add(r);
                Context.log(String.format("intake rep %d: bare %.0f/s %s, submit %.0f/s %s, ratio %.2f", rep + 1,
                        bare.throughput(), bare.statuses(), intake.throughput(), intake.statuses(), r.ratio()));
            }
        } finally {
            for (ServiceProcess p : stopped) {
                Context.startAndTimeReady(p);
            }
        }
        Context.log("intake: consumers work off the submissions");
        ctx.quiesce().await(Duration.ofMinutes(15));
        return reps;
    }

    private ClosedLoad.Result bare(String app, int total, String tag) {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            tokens.add(ctx.tokens().of("applicant", "bare-" + tag + "-" + i));
        }
        return ClosedLoad.run(ctx.api().client(), ctx.settings().intakeConcurrency(), total,
                i -> Api.request("POST", app + "/api/v1/bench/baseline", tokens.get(i % tokens.size()), null));
    }

    private ClosedLoad.Result submit(String app, List<Drafts.Draft> drafts) {
        return ClosedLoad.run(ctx.api().client(), ctx.settings().intakeConcurrency(), drafts.size(),
                i -> Api.request("POST", app + "/api/v1/applications/" + drafts.get(i).applicationId() + "/submit",
                        drafts.get(i).token(), null));
    }

    static void write(Context ctx, List<Rep> reps) {
        Report report = ctx.report();
        Settings s = ctx.settings();
        report.heading(2, "1. Intake throughput");
        report.line("Closed model, " + s.intakeConcurrency() + " concurrent clients (java.net.http, HTTP/1.1, keep-alive), "
                + s.intakeRequests() + " requests per measurement, " + reps.size() + " repetitions, bare endpoint and "
                + "submission alternating in each; a warm-up of each first. Submission = `POST /api/v1/applications/{id}/submit` "
                + "of a complete IPMA_AM draft (completeness check, evidence frozen, status and timeline, outbox row: one "
                + "transaction). Bare = `POST /api/v1/bench/baseline` (one row, no logic; same token check, pool and "
                + "transaction). The four other services are stopped during the measurement.").blank();
        Stats bareTp = Stats.of(reps.stream().map(r -> r.bare().throughput()).toList());
        Stats intakeTp = Stats.of(reps.stream().map(r -> r.intake().throughput()).toList());
        Stats ratio = Stats.of(reps.stream().map(Rep::ratio).toList());
        report.header("endpoint", "throughput, req/s", "p50 latency, ms", "p99 latency, ms", "answers");
        report.row("bare insert", bareTp.format(0), ms(reps.stream().map(r -> r.bare().latencyMicros().getValueAtPercentile(50)).toList()),
                ms(reps.stream().map(r -> r.bare().latencyMicros().getValueAtPercentile(99)).toList()),
                statuses(reps.stream().map(Rep::bare).toList()));
        report.row("submission", intakeTp.format(0), ms(reps.stream().map(r -> r.intake().latencyMicros().getValueAtPercentile(50)).toList()),
                ms(reps.stream().map(r -> r.intake().latencyMicros().getValueAtPercentile(99)).toList()),
                statuses(reps.stream().map(Rep::intake).toList()));
        report.blank().line("**Ratio submission / bare: " + ratio.format(2) + "** (median of the per-repetition ratios, "
                + "min–max); target ≥ 0.6: " + (ratio.median() >= TARGET_RATIO ? "met ✅" : "missed ❌") + ".");
        report.chart("intake", SvgChart.bars("Intake throughput (closed model, " + s.intakeConcurrency() + " clients)",
                "requests per second", List.of("bare insert", "submission"), List.of("throughput"),
                new Stats[][] { { bareTp }, { intakeTp } }, bareTp.median() * TARGET_RATIO, "0.6 × bare (target)"),
                "intake throughput");
    }

    private static String ms(List<Long> micros) {
        return Stats.of(micros.stream().map(m -> m / 1000.0).toList()).format(1);
    }

    private static String statuses(List<ClosedLoad.Result> results) {
        java.util.Map<Integer, Integer> all = new java.util.TreeMap<>();
        results.forEach(r -> r.statuses().forEach((k, v) -> all.merge(k, v, Integer::sum)));
        return all.toString().replace("=", ": ");
    }
}
