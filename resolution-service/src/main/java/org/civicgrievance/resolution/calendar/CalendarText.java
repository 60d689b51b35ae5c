package org.civicgrievance.resolution.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How calendars are written in their tables: readable text an administrator can check with a plain
 * SELECT, e.g. {@code MONDAY 09:00-12:00 13:30-17:30} per line for the week.
 */
final class CalendarText {

    private CalendarText() {
    }

    static String week(Map<DayOfWeek, List<OpeningHours>> week) {
        return week.isEmpty() ? null : week.entrySet().stream()
                .map(day -> day.getKey() + " " + hours(day.getValue()))
                .collect(Collectors.joining("\n"));
    }

    static Map<DayOfWeek, List<OpeningHours>> week(String text) {
        Map<DayOfWeek, List<OpeningHours>> week = new EnumMap<>(DayOfWeek.class);
        for (String line : lines(text)) {
            int space = line.indexOf(' ');
            week.put(DayOfWeek.valueOf(line.substring(0, space)), hours(line.substring(space + 1)));
        }
        return week;
    }

    static String hours(List<OpeningHours> hours) {
        return hours.isEmpty() ? null : hours.stream().map(OpeningHours::toString).collect(Collectors.joining(" "));
    }

    static List<OpeningHours> hours(String text) {
        return text == null || text.isBlank() ? List.of()
                : Arrays.stream(text.strip().split(" +")).map(OpeningHours::parse).toList();
    }

    static String weekdays(Set<DayOfWeek> days) {
        return days.isEmpty() ? null : days.stream().map(DayOfWeek::name).collect(Collectors.joining(" "));
    }

    static Set<DayOfWeek> weekdays(String text) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (text != null && !text.isBlank()) {
            Arrays.stream(text.strip().split(" +")).map(DayOfWeek::valueOf).forEach(days::add);
        }
        return days;
    }

    /** Special days as lines of date, kind, hours and note, separated by tabs (notes hold no tab). */
    static String days(Collection<SpecialDay> days) {
        return days.stream()
                .map(day -> String.join("\t", day.date().toString(), day.kind().name(),
                        day.hours().isEmpty() ? "" : hours(day.hours()), day.note() == null ? "" : day.note()))
                .collect(Collectors.joining("\n"));
    }

    static List<SpecialDay> days(String text) {
        List<SpecialDay> days = new ArrayList<>();
        for (String line : lines(text)) {
            String[] fields = line.split("\t", -1);
            days.add(new SpecialDay(LocalDate.parse(fields[0]), SpecialDay.Kind.valueOf(fields[1]), hours(fields[2]),
                    fields.length < 4 || fields[3].isEmpty() ? null : fields[3]));
        }
        return days;
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().filter(line -> !line.isBlank()).toList();
    }
}
