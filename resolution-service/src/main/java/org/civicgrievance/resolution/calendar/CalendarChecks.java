package org.civicgrievance.resolution.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.civicgrievance.platform.problem.Problem;
import org.civicgrievance.platform.problem.ProblemException;
import org.civicgrievance.resolution.calendar.CalendarRequests.CalendarRequest;
import org.civicgrievance.resolution.calendar.CalendarRequests.SpecialDayRequest;

/**
 * Turns what an administrator sent into calendar data, naming every field that is wrong
 * ({@code weeklyHours.MONDAY[1]}, {@code days[3].date}), beyond what Bean Validation can check.
 * Collects all the faults of a request, then {@link #throwIfAny() throws} them as one 400.
 */
final class CalendarChecks {

    private final List<Problem.FieldViolation> violations = new ArrayList<>();

    /** Null when anything is wrong; {@link #throwIfAny()} then says what. */
    CalendarSettings settings(CalendarRequest request) {
        ZoneId zone = zone(request.zone());
        boolean roundTheClock = Boolean.TRUE.equals(request.roundTheClock());
        Map<DayOfWeek, List<OpeningHours>> week = week(request.weeklyHours());
        Set<DayOfWeek> working = EnumSet.noneOf(DayOfWeek.class);
        if (roundTheClock) {
            if (request.weeklyHours() != null && !request.weeklyHours().isEmpty()) {
                invalid("weeklyHours", "a round-the-clock calendar has no weekly hours; leave them out");
            }
            if (request.workingWeekdays() != null && !request.workingWeekdays().isEmpty()) {
                invalid("workingWeekdays", "a round-the-clock calendar works every day; leave them out");
            }
        } else {
            if (request.weeklyHours() == null
                    || request.weeklyHours().values().stream().allMatch(hours -> hours == null || hours.isEmpty())) {
                invalid("weeklyHours", "open on at least one day, e.g. {\"MONDAY\": [\"09:00-12:00\"]}");
            }
            working = workingWeekdays(request.workingWeekdays(), week);
        }
        return violations.isEmpty() ? new CalendarSettings(request.nameZh().strip(), request.nameEn().strip(), zone,
                roundTheClock, week, working) : null;
    }

    /**
     * @param field under which the days were sent, e.g. {@code specialDays}
     * @param year  when the days replace a year's: each must lie in it; else null
     */
    List<SpecialDay> specialDays(String field, List<SpecialDayRequest> days, Integer year) {
        List<SpecialDay> checked = new ArrayList<>();
        Map<LocalDate, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < days.size(); i++) {
            SpecialDayRequest day = days.get(i);
            String at = field + "[" + i + "]";
            Integer earlier = firstIndex.putIfAbsent(day.date(), i);
            if (earlier != null) {
                invalid(at + ".date", "%s is listed twice (also %s[%d])".formatted(day.date(), field, earlier));
                continue;
            }
            if (year != null && day.date().getYear() != year) {
                invalid(at + ".date", "%s is not in %d".formatted(day.date(), year));
                continue;
            }
            List<String> hours = day.hours() == null ? List.of() : day.hours();
            if (day.kind() == SpecialDay.Kind.HOLIDAY && !hours.isEmpty()) {
                invalid(at + ".hours", "a holiday has no opening hours");
                continue;
            }
            hours(at + ".hours", hours).ifPresent(parsed -> checked.add(new SpecialDay(day.date(), day.kind(), parsed,
                    day.note() == null || day.note().isBlank() ? null : day.note().strip())));
        }
        return checked;
    }

    /**
     * What a published year's schedule must hold beyond well-formed days: a make-up working day 调休上班
     * without hours of its own falls on a day the week leaves off (a weekend), since a working weekday
     * needs no making up. Holidays may fall on weekends: the notice lists whole breaks.
     */
    void publishedYear(String field, List<SpecialDayRequest> days, BusinessCalendar calendar) {
        if (!(calendar instanceof WorkingCalendar working)) {
            return;
        }
        for (int i = 0; i < days.size(); i++) {
            SpecialDayRequest day = days.get(i);
            boolean workingWeekday = working.workingWeekdays().contains(day.date().getDayOfWeek());
            if (day.kind() == SpecialDay.Kind.WORKDAY && workingWeekday && (day.hours() == null || day.hours().isEmpty())) {
                invalid(field + "[" + i + "].date", "%s is a %s, a working day already: a make-up working day falls on a day off"
                        .formatted(day.date(), day.date().getDayOfWeek()));
            }
        }
    }

    void invalid(String field, String message) {
        violations.add(new Problem.FieldViolation(field, message));
    }

    void throwIfAny() {
        if (!violations.isEmpty()) {
            throw new ProblemException(Problem.invalid(violations));
        }
    }

    private ZoneId zone(String text) {
        try {
            return ZoneId.of(text.strip());
        } catch (DateTimeException e) {
            invalid("zone", "not a time zone; use an IANA name such as Asia/Shanghai");
            return null;
        }
    }

    private Map<DayOfWeek, List<OpeningHours>> week(Map<String, List<String>> weeklyHours) {
        Map<DayOfWeek, List<OpeningHours>> week = new EnumMap<>(DayOfWeek.class);
        if (weeklyHours == null) {
            return week;
        }
        weeklyHours.forEach((name, hours) -> {
            String field = "weeklyHours." + name;
            Optional<DayOfWeek> day = dayOfWeek(name);
            if (day.isEmpty()) {
                invalid(field, "not a day of the week; use MONDAY to SUNDAY");
            } else if (hours != null && hours.size() > 6) {
                invalid(field, "at most 6 stretches of opening hours a day");
            } else {
                hours(field, hours == null ? List.of() : hours).filter(parsed -> !parsed.isEmpty())
                        .ifPresent(parsed -> week.put(day.get(), parsed));
            }
        });
        return week;
    }

    /** Monday to Friday unless named; each working day needs opening hours. */
    private Set<DayOfWeek> workingWeekdays(List<String> names, Map<DayOfWeek, List<OpeningHours>> week) {
        Set<DayOfWeek> working = EnumSet.noneOf(DayOfWeek.class);
        if (names == null || names.isEmpty()) {
            working.addAll(WorkingCalendar.MONDAY_TO_FRIDAY);
            working.stream().filter(day -> !week.containsKey(day)).findFirst().ifPresent(day -> invalid("workingWeekdays",
                    "%s has no opening hours, but working days are MONDAY to FRIDAY unless you name them".formatted(day)));
            return working;
        }
        for (int i = 0; i < names.size(); i++) {
            Optional<DayOfWeek> day = dayOfWeek(names.get(i));
            String field = "workingWeekdays[" + i + "]";
            if (day.isEmpty()) {
                invalid(field, "not a day of the week; use MONDAY to SUNDAY");
            } else if (!week.containsKey(day.get())) {
                invalid(field, day.get() + " has no opening hours in weeklyHours");
            } else {
                working.add(day.get());
            }
        }
        return working;
    }

    private Optional<List<OpeningHours>> hours(String field, List<String> texts) {
        try {
            return Optional.of(OpeningHours.parseDay(texts));
        } catch (OpeningHours.InvalidHoursException e) {
            invalid(field + "[" + e.index() + "]", e.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<DayOfWeek> dayOfWeek(String name) {
        try {
            return Optional.of(DayOfWeek.valueOf(name == null ? "" : name.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
