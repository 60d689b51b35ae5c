package org.civicgrievance.resolution.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A calendar apart from its special days: its names, zone and week. A round-the-clock calendar has
 * no week (every minute is working time); any other has opening hours and working weekdays.
 */
public record CalendarSettings(String nameZh, String nameEn, ZoneId zone, boolean roundTheClock,
        Map<DayOfWeek, List<OpeningHours>> week, Set<DayOfWeek> workingWeekdays) {

    public CalendarSettings {
        EnumMap<DayOfWeek, List<OpeningHours>> hours = new EnumMap<>(DayOfWeek.class);
        week.forEach((day, stretches) -> {
            if (!stretches.isEmpty()) {
                hours.put(day, List.copyOf(stretches));
            }
        });
        week = Collections.unmodifiableMap(hours);
        workingWeekdays = workingWeekdays.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(workingWeekdays));
    }

    /** The calendar deadlines are computed on, with these special days, confirmed through the horizon (or null). */
    BusinessCalendar calendar(String code, List<SpecialDay> specialDays, LocalDate confirmedThrough) {
        return roundTheClock ? new RoundTheClock(code, zone)
                : new WorkingCalendar(code, zone, week, workingWeekdays, specialDays, confirmedThrough);
    }
}
