package org.civicgrievance.resolution.deadline;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.civicgrievance.resolution.calendar.BusinessCalendar;
import org.civicgrievance.resolution.calendar.TimeLimit;

/**
 * A stand-in working-hours calendar for unit tests (Monday to Friday, 09:00–17:00 UTC), so that
 * clock reactions are tested on a calendar where working time and calendar time differ.
 */
record OfficeHours() implements BusinessCalendar {

    private static final LocalTime OPEN = LocalTime.of(9, 0);
    private static final LocalTime CLOSE = LocalTime.of(17, 0);

    @Override
    public String code() {
        return "office-hours";
    }

    @Override
    public ZoneId zone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Instant due(Instant start, TimeLimit limit) {
        if (limit.unit() == TimeLimit.Unit.CALENDAR_HOURS) {
            return start.plus(limit.asDuration());
        }
        if (limit.unit() == TimeLimit.Unit.WORKING_DAYS) {
            LocalDate day = date(start);
            for (long counted = 0; counted < limit.amount();) {
                day = day.plusDays(1);
                if (works(day)) {
                    counted++;
                }
            }
            return at(day, CLOSE);
        }
        return plusWorkingTime(start, limit.asDuration());
    }

    @Override
    public Duration workingDay() {
        return Duration.ofHours(8);
    }

    @Override
    public Duration workingTimeBetween(Instant from, Instant to) {
        Duration total = Duration.ZERO;
        for (LocalDate day = date(from); !day.isAfter(date(to)); day = day.plusDays(1)) {
            if (works(day)) {
                Instant open = max(at(day, OPEN), from);
                Instant close = min(at(day, CLOSE), to);
                if (close.isAfter(open)) {
                    total = total.plus(Duration.between(open, close));
                }
            }
        }
        return total;
    }

    @Override
    public Instant plusWorkingTime(Instant from, Duration workingTime) {
        Duration left = workingTime;
        LocalDate day = date(from);
        Instant cursor = from;
        while (true) {
            if (works(day)) {
                Instant open = max(at(day, OPEN), cursor);
                Instant close = at(day, CLOSE);
                if (close.isAfter(open)) {
                    Duration available = Duration.between(open, close);
                    if (left.compareTo(available) <= 0) {
                        return open.plus(left);
                    }
                    left = left.minus(available);
                }
            }
            day = day.plusDays(1);
            cursor = at(day, OPEN);
        }
    }

    private static boolean works(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private static LocalDate date(Instant instant) {
        return instant.atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).toInstant(ZoneOffset.UTC);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
