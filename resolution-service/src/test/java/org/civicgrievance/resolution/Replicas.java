package org.civicgrievance.resolution;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Replicas side by side: the same work released on {@code count} threads at the same moment. */
public final class Replicas {

    private Replicas() {
    }

    /** Runs {@code work} {@code count} times at once and waits for all; returns what each returned. */
    public static List<Integer> together(int count, Callable<Integer> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CyclicBarrier together = new CyclicBarrier(count);
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                runs.add(pool.submit(() -> {
                    together.await(30, TimeUnit.SECONDS);
                    return work.call();
                }));
            }
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> run : runs) {
                results.add(run.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
