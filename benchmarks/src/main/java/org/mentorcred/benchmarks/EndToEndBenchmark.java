package org.mentorcred.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.HdrHistogram.Histogram;
import org.mentorcred.infra.suite.ServiceProcess;
import org.mentorcred.infra.suite.Suite;

/**
 * 2 and 5. End-to-end latency at a constant arrival rate: each complete draft is submitted at its due time and
 * followed to the invoice email. Stages are read from the Kafka records' timestamps (when each service's relay
 * published the event) and from the SMTP server's receive time; everything counts from the due time.
 */
final class EndToEndBenchmark {

    static final double TARGET_P99_MS = 250;
    static final int TARGET_RATE = 50;
    static final List<String> STAGES = List.of("submit answered", "ApplicationSubmitted published",
            "EligibilityDecided published", "InvoiceIssued published", "invoice email accepted");

    /** One run at one rate. Histograms in microseconds from the due time (cumulative per stage). */
    record Run(int rate, int instances, int applications, int completed, int httpErrors,
            Map<Integer, Integer> statuses, Map<String, Histogram> cumulative, Map<String, Double> rssPeaks,
            double suiteRssPeak, Map<String, Double> cpuSeconds, double busyShare) {

        /** Processor milliseconds per application that {@code group} spent in this run. */
        double cpuMsPerApplication(String group) {
            return cpuSeconds.getOrDefault(group, 0.0) * 1000 / applications;
        }

        double percentileMs(String stage, double p) {
            return cumulative.get(stage).getValueAtPercentile(p) / 1000.0;
        }

        boolean complete() {
            return completed == applications;
        }
    }

    private final Context ctx;
    private final StageTimes stageTimes;

    EndToEndBenchmark(Context ctx, StageTimes stageTimes) {
        this.ctx = ctx;
        this.stageTimes = stageTimes;
    }

    List<Run> run(int instances) {
        Settings s = ctx.settings();
        Context.log("e2e (" + instances + " instance(s)): warm-up at " + s.rates().get(0) + "/s");
        once(s.rates().get(0), s.e2eWarmupSeconds(), instances, "warm" + instances);
        List<Run> runs = new ArrayList<>();
        for (int rep = 0; rep < s.repetitions(); rep++) {
            for (int rate : s.rates()) {
                Run run = once(rate, s.e2eSeconds(), instances, "e2e" + instances + "-" + rep + "-" + rate);
                runs.add(run);
                Context.log(String.format("e2e %d inst. %d/s rep %d: %d/%d complete, p50 %.0f ms, p99 %.0f ms; "
                        + "machine busy %.0f %%; processor ms per application %s",
                        instances, rate, rep + 1, run.completed(), run.applications(),
                        run.percentileMs("invoice email accepted", 50), run.percentileMs("invoice email accepted", 99),
                        run.busyShare() * 100, perApplication(run)));
            }
        }
        return runs;
    }

    private static String perApplication(Run run) {
        StringBuilder out = new StringBuilder();
        run.cpuSeconds().keySet().forEach(group -> out.append(out.length() == 0 ? "" : ", ").append(group).append(' ')
                .append(Stats.num(run.cpuMsPerApplication(group), 1)));
        return out.toString();
    }

    private Run once(int rate, int seconds, int instances, String tag) {
        int count = rate * seconds;
        String app = ctx.url("application-service");
        List<Drafts.Draft> drafts = new Drafts(ctx.api(), ctx.tokens(), app).prepare(tag, count, 16);
        ctx.quiesce().await(Duration.ofMinutes(15));
        ctx.mailbox().purge();
        List<ServiceProcess> processes = new ArrayList<>();
        Suite.SERVICES.forEach(service -> processes.addAll(ctx.suite().instances(service)));
        List<OpenLoad.Sent> sent;
        Map<String, Long> emails;
        long waitedUntilMicros;
        try (Memory.Sampler sampler = new Memory.Sampler(processes)) {
            Cpu.Snapshot cpuBefore = Cpu.take(processes);
            sent = OpenLoad.run(ctx.api(), rate, count, i -> Api.request("POST",
                    app + "/api/v1/applications/" + drafts.get(i).applicationId() + "/submit", drafts.get(i).token(), null));
            // Wait for the last invoice email, at most a minute after the last submission.
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (true) {
                Map<String, Long> received = ctx.mailbox().receivedBySubjectPrefix("Invoice ");
                emails = received;
                long missing = drafts.stream().filter(d -> !received.containsKey(d.email())).count();
                if (missing == 0 || System.nanoTime() > deadline) {
                    break;
                }
                Quiesce.sleep(500);
            }
            waitedUntilMicros = System.currentTimeMillis() * 1000;
            Cpu.Snapshot cpuAfter = Cpu.take(processes);
            return summarise(rate, instances, drafts, sent, emails, waitedUntilMicros, sampler,
                    Cpu.spent(cpuBefore, cpuAfter), Cpu.busyShare(cpuBefore, cpuAfter));
        }
    }

    private Run summarise(int rate, int instances, List<Drafts.Draft> drafts, List<OpenLoad.Sent> sent,
            Map<String, Long> emails, long waitedUntilMicros, Memory.Sampler sampler, Map<String, Double> cpuSeconds,
            double busyShare) {
        Map<String, Histogram> cumulative = new LinkedHashMap<>();
        STAGES.forEach(stage -> cumulative.put(stage, new Histogram(3_600_000_000L, 3)));
        int completed = 0;
        int errors = 0;
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        for (OpenLoad.Sent s : sent) {
            Drafts.Draft d = drafts.get(s.index());
            statuses.merge(s.status(), 1, Integer::sum);
            if (s.status() != 200) {
                errors++;
            }
            Long[] at = {
                    s.status() == 200 ? s.answeredMicros() : null,
                    millisToMicros(stageTimes.at(d.applicationId(), StageTimes.SUBMITTED)),
                    millisToMicros(stageTimes.at(d.applicationId(), StageTimes.DECIDED)),
                    millisToMicros(stageTimes.at(d.applicationId(), StageTimes.INVOICED)),
                    millisToMicros(emails.get(d.email())) };
            for (int i = 0; i < at.length; i++) {
                // A stage not reached by the end of the wait counts as the time waited: a lower bound, flagged.
                long end = at[i] == null ? waitedUntilMicros : at[i];
                cumulative.get(STAGES.get(i)).recordValue(Math.max(1, end - s.dueMicros()));
            }
            if (at[at.length - 1] != null) {
                completed++;
            }
        }
        return new Run(rate, instances, sent.size(), completed, errors, statuses, cumulative, sampler.peaks(),
                sampler.suitePeak(), cpuSeconds, busyShare);
    }

    private static Long millisToMicros(Long millis) {
        return millis == null ? null : millis * 1000;
    }

    static void write(Context ctx, List<Run> runs, int instances, String heading, List<Run> compareWith) {
        Report report = ctx.report();
        Settings s = ctx.settings();
        report.heading(2, heading);
        report.line("Open model at a constant arrival rate (schedule-based due times; latency counts from the due time, "
                + "so no coordinated omission; HdrHistogram). Each application: a complete IPMA_AM draft submitted at its "
                + "due time, followed to the invoice email. " + s.e2eSeconds() + " s per run, " + s.repetitions()
                + " runs per rate (rates interleaved), after a " + s.e2eWarmupSeconds() + " s warm-up; the suite is idle "
                + "at the start of each run. " + (instances == 1 ? "One instance of each service."
                        : "Two instances of eligibility-, payment-, exam- and notification-service (same consumer groups; "
                                + "topics have 4 partitions), one of application-service.")).blank();
        report.header("rate", "applications per run", "completed", "submit answers (all runs; -1: none)", "p50, ms",
                "p95, ms", "p99, ms", "target");
        for (int rate : s.rates()) {
            List<Run> atRate = runs.stream().filter(r -> r.rate() == rate).toList();
            String stage = "invoice email accepted";
            boolean incomplete = atRate.stream().anyMatch(r -> !r.complete());
            String prefix = incomplete ? "≥ " : "";
            Stats p99 = pct(atRate, stage, 99);
            report.row(rate + "/s", atRate.get(0).applications(),
                    atRate.stream().map(r -> Integer.toString(r.completed())).toList(),
                    statuses(atRate),
                    prefix + pct(atRate, stage, 50).format(0), prefix + pct(atRate, stage, 95).format(0),
                    prefix + p99.format(0),
                    rate == TARGET_RATE ? FootprintBenchmark.mark(!incomplete && p99.median() <= TARGET_P99_MS, "p99 ≤ 250")
                            : "");
        }
        report.blank().line("Median of the runs' percentiles (min–max). \"≥\": some applications had not reached the "
                + "invoice email a minute after the last submission; they count as the time waited, so the figures are "
                + "lower bounds.").blank();
        report.line("Where the time goes: p50 and p99 of the time from the due time until each stage (cumulative), "
                + "median over the runs, in ms:").blank();
        List<String> header = new ArrayList<>(List.of("stage"));
        s.rates().forEach(rate -> header.add(rate + "/s p50"));
        s.rates().forEach(rate -> header.add(rate + "/s p99"));
        report.header(header.toArray(String[]::new));
        for (String stage : STAGES) {
            List<Object> row = new ArrayList<>(List.of(stage));
            for (int rate : s.rates()) {
                row.add(Stats.num(pct(runs.stream().filter(r -> r.rate() == rate).toList(), stage, 50).median(), 0));
            }
            for (int rate : s.rates()) {
                row.add(Stats.num(pct(runs.stream().filter(r -> r.rate() == rate).toList(), stage, 99).median(), 0));
            }
            report.row(row.toArray());
        }
        writeCpu(report, runs, s.rates());
        List<String> groups = s.rates().stream().map(r -> r + "/s").toList();
        Stats[][] values = new Stats[groups.size()][3];
        for (int g = 0; g < groups.size(); g++) {
            int rate = s.rates().get(g);
            List<Run> atRate = runs.stream().filter(r -> r.rate() == rate).toList();
            values[g][0] = pct(atRate, "invoice email accepted", 50);
            values[g][1] = pct(atRate, "invoice email accepted", 95);
            values[g][2] = pct(atRate, "invoice email accepted", 99);
        }
        report.chart("e2e-" + instances, SvgChart.bars("Submit → invoice email, " + instances + " instance(s) per consumer",
                "ms", groups, List.of("p50", "p95", "p99"), values, TARGET_P99_MS, "p99 target 250 ms (at 50/s)"),
                "end-to-end latency");
        if (compareWith != null) {
            Stats[][] both = new Stats[groups.size()][2];
            for (int g = 0; g < groups.size(); g++) {
                int rate = s.rates().get(g);
                both[g][0] = pct(compareWith.stream().filter(r -> r.rate() == rate).toList(), "invoice email accepted", 99);
                both[g][1] = pct(runs.stream().filter(r -> r.rate() == rate).toList(), "invoice email accepted", 99);
            }
            report.chart("e2e-scale", SvgChart.bars("p99 submit → invoice email: one vs two instances", "ms", groups,
                    List.of("1 instance", "2 instances"), both, TARGET_P99_MS, "target 250 ms"), "scale comparison");
        }
    }

    /** Where the processor went: milliseconds of processor time per application, by process, and how busy the machine was. */
    private static void writeCpu(Report report, List<Run> runs, List<Integer> rates) {
        report.blank().line("Where the processor went, from the first submission until the last invoice email (or the end "
                + "of the wait): processor time per application in ms, by process (all instances of a service together), "
                + "median over the runs (min–max). The remainder of the machine's busy time is PostgreSQL and anything "
                + "else running. The last row is the share of the machine's " + Runtime.getRuntime().availableProcessors()
                + " cores that was busy.").blank();
        List<String> header = new ArrayList<>(List.of("process"));
        rates.forEach(rate -> header.add(rate + "/s"));
        report.header(header.toArray(String[]::new));
        for (String group : runs.get(0).cpuSeconds().keySet()) {
            List<Object> row = new ArrayList<>(List.of(group));
            for (int rate : rates) {
                row.add(Stats.of(runs.stream().filter(r -> r.rate() == rate).map(r -> r.cpuMsPerApplication(group))
                        .toList()).format(1));
            }
            report.row(row.toArray());
        }
        List<Object> total = new ArrayList<>(List.of("all processes"));
        List<Object> busy = new ArrayList<>(List.of("machine busy, %"));
        for (int rate : rates) {
            List<Run> atRate = runs.stream().filter(r -> r.rate() == rate).toList();
            total.add(Stats.of(atRate.stream().map(r -> r.cpuSeconds().values().stream().mapToDouble(Double::doubleValue)
                    .sum() * 1000 / r.applications()).toList()).format(1));
            busy.add(Stats.of(atRate.stream().map(r -> r.busyShare() * 100).toList()).format(0));
        }
        report.row(total.toArray());
        report.row(busy.toArray());
        report.blank();
    }

    private static String statuses(List<Run> runs) {
        Map<Integer, Integer> all = new java.util.TreeMap<>();
        runs.forEach(r -> r.statuses().forEach((k, v) -> all.merge(k, v, Integer::sum)));
        return all.toString().replace("=", ": ");
    }

    static Stats pct(List<Run> runs, String stage, double p) {
        return Stats.of(runs.stream().map(r -> r.percentileMs(stage, p)).toList());
    }
}
