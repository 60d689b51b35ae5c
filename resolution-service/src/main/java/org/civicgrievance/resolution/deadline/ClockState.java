package org.civicgrievance.resolution.deadline;

public enum ClockState {
    RUNNING,
    /** Waiting for the resident: the time does not count, and no warning comes. */
    PAUSED,
    /** What the clock measured happened (claimed, resolved, heard back). */
    MET,
    /** Ended without being met: the case left the department, closed or merged. */
    STOPPED;

    public boolean isLive() {
        return this == RUNNING || this == PAUSED;
    }
}
