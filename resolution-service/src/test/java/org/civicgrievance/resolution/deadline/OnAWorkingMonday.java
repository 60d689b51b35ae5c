package org.civicgrievance.resolution.deadline;

import org.civicgrievance.resolution.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import io.quarkus.arc.Arc;

/**
 * For deadline tests: each test starts with the application's clock on Monday 30 November 2026,
 * 09:30 in Shanghai (a plain working day of cn-standard, so due times are exact), and the clock is
 * back on real time afterwards for the tests that do not move it.
 */
public interface OnAWorkingMonday {

    @BeforeEach
    default void startOnAWorkingMonday() {
        Arc.container().instance(TestClock.class).get().setTo(Shanghai.MONDAY_0930);
    }

    @AfterEach
    default void backToRealTime() {
        Arc.container().instance(TestClock.class).get().reset();
    }
}
