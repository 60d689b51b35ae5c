package org.civicgrievance.resolution.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The 24×7 calendar of round-the-clock services: every minute is working time, every day a working
 * day. A limit in days does not count the day it starts and ends with the last second of the last
 * counted day (23:59:59 in the calendar's zone), so "within 2 days" from Monday reads "by Wednesday
 * 23:59" and never falls due at 00:00 of a date that may be a holiday.
 */
public record RoundTheClock(String code, ZoneId zone) implements BusinessCalendar {

    public static final String CODE = "24x7";

    @Override
    public Instant due(Instant start, TimeLimit limit) {
        if (limit.unit() == TimeLimit.Unit.WORKING_DAYS) {
            // the start day is not counted: due at the last second of the n-th following day
            return start.atZone(zone).toLocalDate().plusDays(limit.amount() + 1).atStartOfDay(zone).minusSeconds(1)
                    .toInstant();
        }
        return start.plus(limit.asDuration());
    }

    @Override
    public Duration workingDay() {
        return Duration.ofDays(1);
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
