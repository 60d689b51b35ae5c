package org.civicgrievance.resolution.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** The 24×7 calendar of on-the-spot services: every minute is working time, every day a working day. */
public record RoundTheClock(String code, ZoneId zone) implements BusinessCalendar {

    public static final String CODE = "24x7";

    @Override
    public Instant due(Instant start, TimeLimit limit) {
        if (limit.unit() == TimeLimit.Unit.WORKING_DAYS) {
            // the start day is not counted: due at the end of the n-th following day
            ZonedDateTime startDay = start.atZone(zone);
            return startDay.toLocalDate().plusDays(limit.amount() + 1).atTime(LocalTime.MIDNIGHT).atZone(zone)
                    .toInstant();
        }
        return start.plus(limit.asDuration());
    }

    @Override
    public Duration workingDay() {
        return Duration.ofDays(1);
    }

    /**
     * A day limit ends at midnight, which is the next date's first instant: moved by whole days from
     * there, not by counting from that next date as {@link #due} would.
     */
    @Override
    public Instant afterPause(Instant due, TimeLimit limit, Instant pausedAt, Instant resumedAt) {
        Duration paused = workingTimeBetween(pausedAt, resumedAt);
        if (limit.unit() != TimeLimit.Unit.WORKING_DAYS || paused.isZero()) {
            return due.plus(paused);
        }
        long day = workingDay().toMillis();
        return due.atZone(zone).plusDays((paused.toMillis() + day - 1) / day).toInstant();
    }

    @Override
    public Duration workingTimeBetween(Instant from, Instant to) {
        return to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
    }

    @Override
    public Instant plusWorkingTime(Instant from, Duration workingTime) {
        return from.plus(workingTime);
    }
}
