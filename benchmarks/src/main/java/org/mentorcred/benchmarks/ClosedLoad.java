package org.mentorcred.benchmarks;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import org.HdrHistogram.Histogram;

/**
 * A closed model: {@code concurrency} clients, each sending its next request as soon as the last one answered,
 * until {@code total} requests were sent. Throughput is the successful answers per second of wall time.
 */
final class ClosedLoad {

    record Result(int requests, int succeeded, Map<Integer, Integer> statuses, double seconds, Histogram latencyMicros) {

        double throughput() {
            return succeeded / seconds;
        }
    }

    private ClosedLoad() {
    }

    static Result run(HttpClient client, int concurrency, int total, IntFunction<HttpRequest> requests) {
        AtomicInteger next = new AtomicInteger();
        List<Histogram> histograms = new ArrayList<>();
        List<Map<Integer, Integer>> statuses = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < concurrency; t++) {
            Histogram histogram = new Histogram(3_600_000_000L, 3);
            Map<Integer, Integer> counts = new TreeMap<>();
            histograms.add(histogram);
            statuses.add(counts);
            Thread thread = new Thread(() -> {
                for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    HttpRequest request = requests.apply(i);
                    long sent = System.nanoTime();
                    int status;
                    try {
                        status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                    } catch (IOException e) {
                        status = -1;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    histogram.recordValue(Math.max(1, (System.nanoTime() - sent) / 1000));
                    counts.merge(status, 1, Integer::sum);
                }
            }, "closed-load-" + t);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Histogram all = new Histogram(3_600_000_000L, 3);
        histograms.forEach(all::add);
        Map<Integer, Integer> counts = new TreeMap<>();
        statuses.forEach(m -> m.forEach((k, v) -> counts.merge(k, v, Integer::sum)));
        int ok = counts.entrySet().stream().filter(e -> e.getKey() >= 200 && e.getKey() < 300)
                .mapToInt(Map.Entry::getValue).sum();
        return new Result(total, ok, counts, seconds, all);
    }
}
