package org.civicgrievance.identity.throttle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class FailureWindowTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private final FailureWindow window = new FailureWindow(5, Duration.ofMinutes(15));

    @Test
    void fewerFailuresThanTheLimitAdmit() {
        assertEquals(Optional.empty(), window.lockRemaining(minutesAgo(1, 2, 3, 4), NOW));
    }

    @Test
    void theLimitLocksUntilTheOldestCountingFailureLeavesTheWindow() {
        assertEquals(Optional.of(Duration.ofMinutes(10)), window.lockRemaining(minutesAgo(5, 4, 3, 2, 1), NOW));
    }

    @Test
    void theOrderOfTheFailuresDoesNotMatter() {
        assertEquals(Optional.of(Duration.ofMinutes(10)), window.lockRemaining(minutesAgo(1, 3, 5, 2, 4), NOW));
    }

    @Test
    void failuresOutsideTheWindowDoNotCount() {
        assertEquals(Optional.empty(), window.lockRemaining(minutesAgo(20, 16, 15, 3, 2, 1), NOW));
    }

    @Test
    void aFailureExactlyOneWindowOldHasLeftIt() {
        assertEquals(Optional.empty(), window.lockRemaining(minutesAgo(15, 4, 3, 2, 1), NOW));
    }

    /** Attempts that raced past the limit: the lock lasts until enough have left for fewer than five to remain. */
    @Test
    void moreFailuresThanTheLimitLockUntilFewerThanTheLimitRemain() {
        // the failures 7 and 6 minutes ago leaving is not enough; the one 5 minutes ago leaving is
        assertEquals(Optional.of(Duration.ofMinutes(10)), window.lockRemaining(minutesAgo(7, 6, 5, 4, 3, 2, 1), NOW));
    }

    @Test
    void aWindowNeedsALimitAndALength() {
        assertThrows(IllegalArgumentException.class, () -> new FailureWindow(0, Duration.ofMinutes(15)));
        assertThrows(IllegalArgumentException.class, () -> new FailureWindow(5, Duration.ZERO));
    }

    private static List<Instant> minutesAgo(long... minutes) {
        return Arrays.stream(minutes).mapToObj(ago -> NOW.minus(Duration.ofMinutes(ago))).toList();
    }
}
