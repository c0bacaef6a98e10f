package org.mentorcred.systemtests.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.IntFunction;

/** Runs many independent client calls on a small thread pool, as many users at once would. */
public final class Concurrently {

    /** Enough to keep the services busy on a small machine without queueing the test itself. */
    public static final int THREADS = 8;

    private Concurrently() {
    }

    /** {@code task} for 0..count-1, results in that order; the first failure fails the whole. */
    public static <R> List<R> times(int count, IntFunction<R> task) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            indexes.add(i);
        }
        return map(indexes, task::apply);
    }

    /** {@code task} for each item, results in item order; the first failure fails the whole. */
    public static <T, R> List<R> map(List<T> items, Function<T, R> task) {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> task.apply(item)));
            }
            List<R> results = new ArrayList<>();
            for (Future<R> future : futures) {
                results.add(future.get(5, TimeUnit.MINUTES));
            }
            return results;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (TimeoutException e) {
            throw new AssertionError("Concurrent calls did not finish within 5 minutes", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
