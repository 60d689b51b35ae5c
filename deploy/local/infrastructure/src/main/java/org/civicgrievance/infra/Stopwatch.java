package org.civicgrievance.infra;

import java.time.Duration;
import java.util.Locale;

/** Measures how long a start-up step took, for the log line that tells people where time goes. */
final class Stopwatch {

    private final long startNanos = System.nanoTime();

    static Stopwatch start() {
        return new Stopwatch();
    }

    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    /** Seconds with one decimal, e.g. "1.6 s". */
    String formatted() {
        return String.format(Locale.ROOT, "%.1f s", elapsed().toMillis() / 1000.0);
    }
}
