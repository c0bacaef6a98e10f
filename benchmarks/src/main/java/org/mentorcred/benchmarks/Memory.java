package org.mentorcred.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.mentorcred.infra.suite.ServiceProcess;

/** Resident set sizes from /proc/&lt;pid&gt;/status (VmRSS, in MB of 10^6 bytes), and a sampler that keeps each process's peak. */
final class Memory {

    private Memory() {
    }

    /** VmRSS in MB, or -1 if the process is gone or /proc is not there. */
    static double rssMB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024 / 1e6;
                }
            }
        } catch (IOException | NumberFormatException gone) {
            // fall through
        }
        return -1;
    }

    /** Every process this JVM started (the services and the Kafka broker), summed. */
    static double childrenRssMB() {
        return ProcessHandle.current().children().mapToDouble(p -> Math.max(0, rssMB(p.pid()))).sum();
    }

    /** Samples the services' and the whole suite's RSS every 250 ms while a run lasts. */
    static final class Sampler implements AutoCloseable {
        private final Map<String, Double> peaks = new ConcurrentHashMap<>();
        private volatile double suitePeak;
        private volatile boolean running = true;
        private final Thread thread;

        Sampler(List<ServiceProcess> processes) {
            thread = new Thread(() -> {
                while (running) {
                    for (ServiceProcess p : processes) {
                        double rss = rssMB(p.pid());
                        if (rss > 0) {
                            peaks.merge(p.toString(), rss, Math::max);
                        }
                    }
                    suitePeak = Math.max(suitePeak, childrenRssMB());
                    try {
                        Thread.sleep(250);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "rss-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        Map<String, Double> peaks() {
            return Map.copyOf(peaks);
        }

        double suitePeak() {
            return suitePeak;
        }

        @Override
        public void close() {
            running = false;
            thread.interrupt();
            try {
                thread.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
