package org.civicgrievance.resolution.deadline.warning;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Replicas side by side: scanners released at the same moment, each scanning until nothing is due. */
final class RacingScanners {

    private RacingScanners() {
    }

    /** Runs {@code count} full scans at once and waits for all of them; returns the warnings each raised. */
    static List<Integer> scanTogether(DeadlineScanner scanner, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CyclicBarrier together = new CyclicBarrier(count);
            List<Future<Integer>> scans = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                scans.add(pool.submit(() -> {
                    together.await(30, TimeUnit.SECONDS);
                    return scanner.scanAll();
                }));
            }
            List<Integer> raised = new ArrayList<>();
            for (Future<Integer> scan : scans) {
                raised.add(scan.get(60, TimeUnit.SECONDS));
            }
            return raised;
        } finally {
            pool.shutdownNow();
        }
    }
}
