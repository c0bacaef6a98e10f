package org.mentorcred.benchmarks;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * An open model at a constant arrival rate: request {@code i} is due at {@code start + i / rate} whatever the
 * earlier ones are doing, and its latency counts from that due time (not from when it was actually sent), so a
 * slow server cannot hide its queue (no coordinated omission).
 */
final class OpenLoad {

    /** One request: when it was due, when it answered (epoch microseconds), and its status (-1: no answer). */
    record Sent(int index, long dueMicros, long answeredMicros, int status) {
    }

    private OpenLoad() {
    }

    static List<Sent> run(Api api, double perSecond, int count, IntFunction<HttpRequest> requests) {
        long periodNanos = (long) (1e9 / perSecond);
        Clock clock = new Clock();
        long start = System.nanoTime() + 20_000_000L;
        List<CompletableFuture<Sent>> answers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long due = start + i * periodNanos;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            int index = i;
            long dueMicros = clock.epochMicros(due);
            answers.add(api.async(requests.apply(i))
                    .handle((reply, error) -> new Sent(index, dueMicros, clock.epochMicros(System.nanoTime()),
                            error == null ? reply.status() : -1)));
        }
        return answers.stream().map(CompletableFuture::join).toList();
    }

    /** Wall-clock microseconds of a nanoTime reading (Kafka and the SMTP server stamp wall-clock time). */
    static final class Clock {
        private final long epochMicros0 = System.currentTimeMillis() * 1000;
        private final long nanos0 = System.nanoTime();

        long epochMicros(long nanoTime) {
            return epochMicros0 + (nanoTime - nanos0) / 1000;
        }
    }
}
