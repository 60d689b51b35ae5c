package org.civicgrievance.resolution.calendar;

import java.time.Duration;

/**
 * A time limit as a policy states it: so many calendar hours (around the clock), working minutes
 * or hours (inside the calendar's working hours), or working days (the day the period starts is
 * not counted; due at the close of the last working day).
 */
public record TimeLimit(long amount, Unit unit) {

    public enum Unit {
        CALENDAR_HOURS,
        WORKING_MINUTES,
        WORKING_HOURS,
        WORKING_DAYS
    }

    public TimeLimit {
        if (amount <= 0) {
            throw new IllegalArgumentException("a time limit is positive: " + amount);
        }
        if (unit == null) {
            throw new IllegalArgumentException("a time limit has a unit");
        }
    }

    public static TimeLimit calendarHours(long hours) {
        return new TimeLimit(hours, Unit.CALENDAR_HOURS);
    }

    public static TimeLimit workingMinutes(long minutes) {
        return new TimeLimit(minutes, Unit.WORKING_MINUTES);
    }

    public static TimeLimit workingHours(long hours) {
        return new TimeLimit(hours, Unit.WORKING_HOURS);
    }

    public static TimeLimit workingDays(long days) {
        return new TimeLimit(days, Unit.WORKING_DAYS);
    }

    /** The limit as working (or calendar) time, for the units that are a plain duration. */
    public Duration asDuration() {
        return switch (unit) {
            case CALENDAR_HOURS, WORKING_HOURS -> Duration.ofHours(amount);
            case WORKING_MINUTES -> Duration.ofMinutes(amount);
            case WORKING_DAYS -> throw new IllegalStateException("working days are not a fixed duration");
        };
    }
}
