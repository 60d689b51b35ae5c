package org.civicgrievance.identity.throttle;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The throttling rule: {@code maxFailures} failed sign-ins within a sliding window of
 * {@code length} lock the username until enough of them have left the window.
 */
public record FailureWindow(int maxFailures, Duration length) {

    public FailureWindow {
        if (maxFailures < 1 || length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("a throttle needs at least one failure and a positive window");
        }
    }

    /** The earliest failure time that still counts at {@code now}: later ones are inside the window. */
    public Instant opensAfter(Instant now) {
        return now.minus(length);
    }

    /**
     * @param failures times of failed sign-ins, in any order; those outside the window are ignored
     * @return how long until a sign-in is admitted again, or empty if it is admitted now
     */
    public Optional<Duration> lockRemaining(Collection<Instant> failures, Instant now) {
        Instant opensAfter = opensAfter(now);
        List<Instant> recent = failures.stream().filter(time -> time.isAfter(opensAfter)).sorted().toList();
        if (recent.size() < maxFailures) {
            return Optional.empty();
        }
        // the lock lifts when the failure that keeps the count at maxFailures leaves the window
        Instant liftsAt = recent.get(recent.size() - maxFailures).plus(length);
        return Optional.of(Duration.between(now, liftsAt));
    }
}
