package org.civicgrievance.resolution.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * When a department works. Every deadline is computed here, so these are pure functions of the
 * calendar's data: no clock, no database.
 */
public interface BusinessCalendar {

    /** The calendar's code, e.g. {@code cn-standard} or {@code 24x7}. */
    String code();

    ZoneId zone();

    /** When a period of {@code limit} that starts at {@code start} falls due. */
    Instant due(Instant start, TimeLimit limit);

    /** The working time inside {@code [from, to)}; zero when {@code to} is not after {@code from}. */
    Duration workingTimeBetween(Instant from, Instant to);

    /** The instant at which {@code workingTime} of work has passed after {@code from}. */
    Instant plusWorkingTime(Instant from, Duration workingTime);
}
