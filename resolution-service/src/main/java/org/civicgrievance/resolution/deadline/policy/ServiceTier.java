package org.civicgrievance.resolution.deadline.policy;

import org.civicgrievance.resolution.calendar.TimeLimit;

/**
 * The default tiers of the 12345 hotline norm. A commitment names its tier for readers; its own
 * limits decide. {@link #LIFE_OR_PROPERTY} is also what special handling 特事特办 shortens to.
 */
public enum ServiceTier {
    LIFE_OR_PROPERTY(TimeLimit.workingMinutes(30), TimeLimit.calendarHours(1), TimeLimit.calendarHours(2),
            TimeLimit.workingDays(1), TimeLimit.calendarHours(1)),
    UTILITIES(TimeLimit.workingHours(1), TimeLimit.workingHours(4), TimeLimit.calendarHours(24),
            TimeLimit.workingDays(2), TimeLimit.calendarHours(12)),
    GENERAL(TimeLimit.workingHours(2), TimeLimit.workingHours(16), TimeLimit.workingDays(7), TimeLimit.workingDays(3),
            TimeLimit.workingDays(3)),
    COMPLEX(TimeLimit.workingHours(2), TimeLimit.workingHours(24), TimeLimit.workingDays(15),
            TimeLimit.workingDays(3), TimeLimit.workingDays(7)),
    /** 立查立办: investigated and resolved on the spot, with the department's own shorter limits. */
    ON_THE_SPOT(TimeLimit.workingMinutes(30), TimeLimit.workingHours(2), TimeLimit.workingHours(4),
            TimeLimit.workingDays(1), TimeLimit.workingHours(4));

    private final Limits limits;

    ServiceTier(TimeLimit claim, TimeLimit update, TimeLimit resolution, TimeLimit callback, TimeLimit reopened) {
        this.limits = new Limits(claim, update, resolution, callback, reopened);
    }

    public Limits limits() {
        return limits;
    }
}
