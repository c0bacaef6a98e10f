package org.mentorcred.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.mentorcred.infra.suite.ServiceProcess;

/**
 * Processor time from /proc: per service (all its instances), the Kafka broker (the other processes this JVM
 * started), the benchmark's own JVM (the load and the SMTP server), and the machine as a whole, whose remainder is
 * PostgreSQL and anything else running. Read before and after a run, it tells where the processor went.
 */
final class Cpu {

    /** Linux's USER_HZ: /proc reports processor time in these ticks. */
    private static final double TICKS_PER_SECOND = 100;
    static final String BROKER = "Kafka broker";
    static final String HARNESS = "benchmark JVM (load, SMTP)";
    static final String REST = "PostgreSQL and the rest";

    /** Processor seconds so far per process group, and the machine's busy and total seconds (all cores). */
    record Snapshot(Map<String, Double> seconds, double machineBusy, double machineTotal) {
    }

    private Cpu() {
    }

    static Snapshot take(List<ServiceProcess> services) {
        Map<String, Double> seconds = new LinkedHashMap<>();
        for (ServiceProcess p : services) {
            seconds.merge(p.name(), Math.max(0, seconds(p.pid())), Double::sum);
        }
        Set<Long> servicePids = services.stream().map(ServiceProcess::pid).collect(Collectors.toSet());
        seconds.put(BROKER, ProcessHandle.current().children().filter(c -> !servicePids.contains(c.pid()))
                .mapToDouble(c -> Math.max(0, seconds(c.pid()))).sum());
        seconds.put(HARNESS, Math.max(0, seconds(ProcessHandle.current().pid())));
        double[] machine = machine();
        return new Snapshot(seconds, machine[0], machine[1]);
    }

    /** Processor seconds per group between two snapshots, with the machine's remainder as {@link #REST}. */
    static Map<String, Double> spent(Snapshot before, Snapshot after) {
        Map<String, Double> spent = new LinkedHashMap<>();
        double known = 0;
        for (Map.Entry<String, Double> e : after.seconds().entrySet()) {
            double s = Math.max(0, e.getValue() - before.seconds().getOrDefault(e.getKey(), 0.0));
            spent.put(e.getKey(), s);
            known += s;
        }
        spent.put(REST, Math.max(0, after.machineBusy() - before.machineBusy() - known));
        return spent;
    }

    /** The share of the machine's processor time that was busy between two snapshots, 0 to 1. */
    static double busyShare(Snapshot before, Snapshot after) {
        double total = after.machineTotal() - before.machineTotal();
        return total <= 0 ? 0 : (after.machineBusy() - before.machineBusy()) / total;
    }

    /** utime + stime of the process, in seconds; -1 if it is gone. */
    static double seconds(long pid) {
        if (pid <= 0) {
            return -1;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException gone) {
            return -1;
        }
    }

    /** The machine's busy and total processor seconds since boot, over all cores ({@code /proc/stat}). */
    private static double[] machine() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i <= 8 && i < f.length; i++) { // user nice system idle iowait irq softirq steal
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            return new double[] { (total - idle) / TICKS_PER_SECOND, total / TICKS_PER_SECOND };
        } catch (IOException | RuntimeException unavailable) {
            return new double[] { 0, 0 };
        }
    }
}
