package org.civicgrievance.resolution.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Bodies of the calendar administration API and what it answers. */
public final class CalendarRequests {

    private CalendarRequests() {
    }

    /**
     * A calendar as an administrator writes it: to create one (with its code and, optionally, special
     * days), or to replace an existing one's names, zone and week (with expectedVersion; its special
     * days are changed on their own paths).
     *
     * @param zone            an IANA time zone, e.g. Asia/Shanghai
     * @param roundTheClock   true for a 24×7 calendar, which has no weekly hours and no special days
     * @param weeklyHours     opening hours by day, e.g. {"MONDAY": ["09:00-12:00", "13:30-17:30"]}; days left out are closed
     * @param workingWeekdays the days that are working days 工作日; Monday to Friday when left out
     * @param specialDays     on creation: holidays and make-up working days 调休
     * @param confirmedThrough on creation, for a calendar that follows the national holiday schedule: the
     *                        last day whose holidays are confirmed (after it the statutory holidays apply
     *                        provisionally); loading the next year moves it; leave out for a calendar with
     *                        only its own special days
     * @param expectedVersion on a change: refused (409) unless the calendar is still at this version
     */
    public record CalendarRequest(
            @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}", message = "lower-case letters, digits and hyphens, at most 64") String code,
            @NotBlank @Size(max = 100) String nameZh,
            @NotBlank @Size(max = 100) String nameEn,
            @NotBlank @Size(max = 64) String zone,
            Boolean roundTheClock,
            Map<String, List<String>> weeklyHours,
            List<String> workingWeekdays,
            @Size(max = 2000) List<@NotNull @Valid SpecialDayRequest> specialDays,
            LocalDate confirmedThrough,
            Integer expectedVersion) {
    }

    /**
     * @param hours for a WORKDAY: its own opening hours; none means the calendar's normal weekday hours
     * @param note  what the day is, e.g. 春节 or 春节调休
     */
    public record SpecialDayRequest(
            @NotNull LocalDate date,
            @NotNull SpecialDay.Kind kind,
            @Size(max = 6) List<String> hours,
            @Size(max = 100) @Pattern(regexp = "[^\\t\\r\\n]*", message = "one line, without tabs") String note) {
    }

    /**
     * Special days to add (or, for a year, the whole year's list).
     *
     * @param expectedVersion when given: refused (409) unless the calendar is still at this version
     */
    public record SpecialDays(
            @NotNull @Size(max = 400) List<@NotNull @Valid SpecialDayRequest> days,
            Integer expectedVersion) {
    }

    /** A calendar at one version. The public view leaves out who changed it and when. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    /**
     * @param confirmedThrough the horizon: the last day whose holidays are confirmed; after it the statutory
     *                         holidays apply provisionally. Absent for a calendar that follows no national schedule.
     */
    public record CalendarView(String code, int version, String nameZh, String nameEn, String zone,
            boolean roundTheClock, Map<String, List<String>> weeklyHours, List<String> workingWeekdays,
            List<SpecialDayView> specialDays, LocalDate confirmedThrough, String changedBy, Instant changedAt) {

        static CalendarView of(CalendarDefinition c) {
            return of(c.getCode(), c.getVersion(), c.settings(), c.specialDays(), c.getConfirmedThrough(),
                    c.getChangedBy(), c.getChangedAt());
        }

        static CalendarView of(CalendarVersion v) {
            return of(v.getKey().calendarCode(), v.getKey().version(), v.settings(), v.specialDays(),
                    v.getConfirmedThrough(), v.getChangedBy(), v.getChangedAt());
        }

        private static CalendarView of(String code, int version, CalendarSettings settings, List<SpecialDay> days,
                LocalDate confirmedThrough, String changedBy, Instant changedAt) {
            Map<String, List<String>> week = new LinkedHashMap<>();
            settings.week().forEach((day, hours) -> week.put(day.name(), texts(hours)));
            return new CalendarView(code, version, settings.nameZh(), settings.nameEn(), settings.zone().getId(),
                    settings.roundTheClock(), week, settings.workingWeekdays().stream().map(DayOfWeek::name).toList(),
                    days.stream().map(SpecialDayView::of).toList(), confirmedThrough, changedBy, changedAt);
        }

        CalendarView forThePublic() {
            return new CalendarView(code, version, nameZh, nameEn, zone, roundTheClock, weeklyHours, workingWeekdays,
                    specialDays, confirmedThrough, null, null);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SpecialDayView(LocalDate date, SpecialDay.Kind kind, List<String> hours, String note) {

        static SpecialDayView of(SpecialDay day) {
            return new SpecialDayView(day.date(), day.kind(), texts(day.hours()), day.note());
        }
    }

    /**
     * When a limit starting at {@code start} falls due on a calendar, also in the calendar's local time.
     *
     * @param provisional the due time lies beyond the calendar's horizon: it counts the statutory holidays,
     *                    and may move when the year's schedule is loaded
     */
    public record DueView(String calendar, String zone, Instant start, long amount, TimeLimit.Unit unit, Instant due,
            LocalDateTime dueLocal, boolean provisional, LocalDate confirmedThrough) {
    }

    private static List<String> texts(List<OpeningHours> hours) {
        return hours.stream().map(OpeningHours::toString).toList();
    }
}
