package org.civicgrievance.resolution.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * A date on which the weekly hours do not apply: a public holiday (closed), or a working day that
 * would otherwise be off or has hours of its own, such as a weekend make-up day 调休 or a half day.
 *
 * @param hours for a {@link Kind#WORKDAY}: its hours; empty means the calendar's normal weekday hours.
 *              Always empty for a holiday.
 * @param note  what the day is, e.g. 春节 or 春节调休; may be null
 */
public record SpecialDay(LocalDate date, Kind kind, List<OpeningHours> hours, String note) {

    public enum Kind {
        HOLIDAY,
        WORKDAY
    }

    public SpecialDay {
        if (date == null || kind == null) {
            throw new IllegalArgumentException("a special day has a date and a kind");
        }
        hours = hours == null ? List.of() : List.copyOf(hours);
        if (kind == Kind.HOLIDAY && !hours.isEmpty()) {
            throw new IllegalArgumentException("a holiday has no working hours");
        }
        OpeningHours.overlapIn(hours).ifPresent(i -> {
            throw new IllegalArgumentException("overlapping hours on " + date);
        });
    }

    public static SpecialDay holiday(LocalDate date, String note) {
        return new SpecialDay(date, Kind.HOLIDAY, List.of(), note);
    }

    public static SpecialDay workday(LocalDate date, String note) {
        return new SpecialDay(date, Kind.WORKDAY, List.of(), note);
    }
}
