package org.civicgrievance.resolution.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The calendars of the table tests, built by hand from /work/shared/calendars/cn-2026.md (the State
 * Council's 2026 notice), independently of the migration that seeds the same data.
 */
final class Calendars2026 {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    /** Days off, inclusive ranges, and the make-up working days 调休上班. */
    private static final String[][] HOLIDAYS = {
            { "2026-01-01", "2026-01-03", "元旦" },
            { "2026-02-15", "2026-02-23", "春节" },
            { "2026-04-04", "2026-04-06", "清明节" },
            { "2026-05-01", "2026-05-05", "劳动节" },
            { "2026-06-19", "2026-06-21", "端午节" },
            { "2026-09-25", "2026-09-27", "中秋节" },
            { "2026-10-01", "2026-10-07", "国庆节" } };
    private static final String[][] MAKE_UP_DAYS = {
            { "2026-01-04", "元旦调休" }, { "2026-02-14", "春节调休" }, { "2026-02-28", "春节调休" },
            { "2026-05-09", "劳动节调休" }, { "2026-09-20", "国庆节调休" }, { "2026-10-10", "国庆节调休" } };

    private Calendars2026() {
    }

    /** Monday to Friday 09:00–12:00 and 13:30–17:30 in Beijing time. */
    static WorkingCalendar standard() {
        return new WorkingCalendar("cn-standard", SHANGHAI, weekdays("09:00-12:00", "13:30-17:30"),
                WorkingCalendar.MONDAY_TO_FRIDAY, specialDays());
    }

    /** Extended service 延时服务: weekdays to 20:00 and Saturday mornings; Saturday is still no working day. */
    static WorkingCalendar extended() {
        Map<DayOfWeek, List<OpeningHours>> week = weekdays("09:00-12:00", "13:30-20:00");
        week.put(DayOfWeek.SATURDAY, hours("09:00-12:00"));
        return new WorkingCalendar("cn-extended", SHANGHAI, week, WorkingCalendar.MONDAY_TO_FRIDAY, specialDays());
    }

    /** The standard week in another zone, without holidays. */
    static WorkingCalendar tokyo() {
        return new WorkingCalendar("tokyo", TOKYO, weekdays("09:00-12:00", "13:30-17:30"),
                WorkingCalendar.MONDAY_TO_FRIDAY, List.of());
    }

    /**
     * A zone with daylight saving time (2026: from Sun 03-08 02:00, until Sun 11-01 02:00), with a
     * Sunday night service across the hour the clocks skip.
     */
    static WorkingCalendar newYork() {
        Map<DayOfWeek, List<OpeningHours>> week = weekdays("09:00-17:00");
        week.put(DayOfWeek.SUNDAY, hours("01:00-04:00"));
        return new WorkingCalendar("new-york", NEW_YORK, week, WorkingCalendar.MONDAY_TO_FRIDAY, List.of());
    }

    static WorkingCalendar byName(String name) {
        return switch (name) {
            case "standard" -> standard();
            case "extended" -> extended();
            case "tokyo" -> tokyo();
            case "new-york" -> newYork();
            default -> throw new IllegalArgumentException(name);
        };
    }

    static List<SpecialDay> specialDays() {
        List<SpecialDay> days = new ArrayList<>();
        for (String[] holiday : HOLIDAYS) {
            for (LocalDate day = LocalDate.parse(holiday[0]); !day.isAfter(LocalDate.parse(holiday[1])); day = day.plusDays(1)) {
                days.add(SpecialDay.holiday(day, holiday[2]));
            }
        }
        for (String[] makeUp : MAKE_UP_DAYS) {
            days.add(SpecialDay.workday(LocalDate.parse(makeUp[0]), makeUp[1]));
        }
        return days;
    }

    static Map<DayOfWeek, List<OpeningHours>> weekdays(String... texts) {
        Map<DayOfWeek, List<OpeningHours>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : WorkingCalendar.MONDAY_TO_FRIDAY) {
            week.put(day, hours(texts));
        }
        return week;
    }

    static List<OpeningHours> hours(String... texts) {
        return OpeningHours.parseDay(List.of(texts));
    }
}
