package org.civicgrievance.resolution.deadline.warning;

import java.util.List;

import org.civicgrievance.resolution.Replicas;

/** Replicas side by side: scanners released at the same moment, each scanning until nothing is due. */
final class RacingScanners {

    private RacingScanners() {
    }

    /** Runs {@code count} full scans at once and waits for all of them; returns the warnings each raised. */
    static List<Integer> scanTogether(DeadlineScanner scanner, int count) throws Exception {
        return Replicas.together(count, scanner::scanAll);
    }
}
