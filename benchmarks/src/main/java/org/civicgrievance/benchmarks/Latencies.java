package org.civicgrievance.benchmarks;

import java.util.Arrays;
import java.util.Locale;

/** Recorded durations of one measurement, and their percentiles. Thread-safe for recording. */
final class Latencies {

    private final String name;
    private long[] nanos = new long[1024];
    private int count;

    Latencies(String name) {
        this.name = name;
    }

    synchronized void record(long durationNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = durationNanos;
    }

    synchronized String summary(double elapsedSeconds) {
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        return String.format(Locale.ROOT,
                "%-34s n=%-5d %8.1f/s   p50 %7.2f ms   p90 %7.2f ms   p99 %7.2f ms   max %7.2f ms",
                name, count, count / elapsedSeconds, millis(sorted, 0.50), millis(sorted, 0.90), millis(sorted, 0.99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
    }

    /** The duration below which {@code quantile} of the recordings fall, in milliseconds. */
    synchronized double millis(double quantile) {
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        return millis(sorted, quantile);
    }

    private static double millis(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
