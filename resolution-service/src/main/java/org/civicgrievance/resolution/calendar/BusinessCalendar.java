package org.civicgrievance.resolution.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

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

    /**
     * Where a due time lands after the case waited from {@code pausedAt} to {@code resumedAt}. Limits
     * in working days are suspended and counted again in days 期间中止: the due time moves by as many
     * whole working days as the pause took working time, a part of a day counting as a day, so it stays
     * at a day's closing time. Limits in hours or minutes move by exactly the paused working time.
     */
    default Instant afterPause(Instant due, TimeLimit limit, Instant pausedAt, Instant resumedAt) {
        Duration paused = workingTimeBetween(pausedAt, resumedAt);
        if (paused.isZero() || limit.unit() != TimeLimit.Unit.WORKING_DAYS) {
            return plusWorkingTime(due, paused);
        }
        long day = workingDay().toMillis();
        // due is a day's closing time: n working days after it is the n-th next day's closing time
        return due(due, TimeLimit.workingDays((paused.toMillis() + day - 1) / day));
    }

    /** The working time of a normal working day, which a pause of a day limit is counted in. */
    Duration workingDay();

    /**
     * The horizon: the last day whose holidays are confirmed. Empty for a calendar that follows no
     * holiday schedule (round the clock, or one without holidays), whose answers are all final.
     */
    default Optional<LocalDate> confirmedThrough() {
        return Optional.empty();
    }

    /**
     * Whether a deadline falling due at {@code due} rests on provisional days: it lies beyond the
     * horizon, where the statutory holidays are assumed and the year's make-up days not yet known.
     */
    default boolean isProvisional(Instant due) {
        return confirmedThrough().map(horizon -> due.atZone(zone()).toLocalDate().isAfter(horizon)).orElse(false);
    }
}
