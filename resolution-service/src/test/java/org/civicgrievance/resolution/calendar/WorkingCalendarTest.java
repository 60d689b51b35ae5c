package org.civicgrievance.resolution.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * When limits fall due on the working-hours calendar: a table of cases, the inverse property of
 * working time and the checks on calendar data. Standard = Mon–Fri 09:00–12:00, 13:30–17:30 with
 * China's 2026 holidays; extended = the same to 20:00 plus Saturday 09:00–12:00.
 */
class WorkingCalendarTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # what                                       | calendar | start                      | amount | unit            | due
            from opening                                 | standard | 2026-03-02T09:00+08:00     | 2      | WORKING_HOURS   | 2026-03-02T11:00+08:00
            morning into the afternoon, lunch skipped    | standard | 2026-03-02T10:00+08:00     | 3      | WORKING_HOURS   | 2026-03-02T14:30+08:00
            fits exactly: due at the lunch closing       | standard | 2026-03-02T10:00+08:00     | 2      | WORKING_HOURS   | 2026-03-02T12:00+08:00
            start at lunch counts from 13:30             | standard | 2026-03-02T12:30+08:00     | 1      | WORKING_HOURS   | 2026-03-02T14:30+08:00
            start exactly at closing                     | standard | 2026-03-02T17:30+08:00     | 1      | WORKING_HOURS   | 2026-03-03T10:00+08:00
            fits exactly: due at closing, not next open  | standard | 2026-03-02T17:00+08:00     | 30     | WORKING_MINUTES | 2026-03-02T17:30+08:00
            one minute past closing goes to the next day | standard | 2026-03-02T17:00+08:00     | 31     | WORKING_MINUTES | 2026-03-03T09:01+08:00
            start before opening                         | standard | 2026-03-02T08:00+08:00     | 90     | WORKING_MINUTES | 2026-03-02T10:30+08:00
            across midnight                              | standard | 2026-03-02T23:30+08:00     | 1      | WORKING_HOURS   | 2026-03-03T10:00+08:00
            Friday to Monday                             | standard | 2026-03-06T16:00+08:00     | 4      | WORKING_HOURS   | 2026-03-09T11:30+08:00
            start on Saturday                            | standard | 2026-03-07T10:00+08:00     | 1      | WORKING_HOURS   | 2026-03-09T10:00+08:00
            last minute of Sunday                        | standard | 2026-03-08T23:59+08:00     | 1      | WORKING_MINUTES | 2026-03-09T09:01+08:00
            a whole working day                          | standard | 2026-03-02T09:00+08:00     | 7      | WORKING_HOURS   | 2026-03-02T17:30+08:00
            two whole working days                       | standard | 2026-03-02T09:00+08:00     | 14     | WORKING_HOURS   | 2026-03-03T17:30+08:00
            a day and a minute                           | standard | 2026-03-02T09:00+08:00     | 421    | WORKING_MINUTES | 2026-03-03T09:01+08:00
            exactly at the afternoon opening             | standard | 2026-03-02T13:30+08:00     | 1      | WORKING_MINUTES | 2026-03-02T13:31+08:00
            a minute each side of lunch                  | standard | 2026-03-02T11:59+08:00     | 2      | WORKING_MINUTES | 2026-03-02T13:31+08:00
            New Year 元旦 to the Sunday make-up day       | standard | 2025-12-31T17:00+08:00     | 1      | WORKING_HOURS   | 2026-01-04T09:30+08:00
            Saturday make-up day before Spring Festival  | standard | 2026-02-13T17:00+08:00     | 1      | WORKING_HOURS   | 2026-02-14T09:30+08:00
            Spring Festival 春节, nine days off           | standard | 2026-02-14T17:00+08:00     | 1      | WORKING_HOURS   | 2026-02-24T09:30+08:00
            Qingming 清明节                               | standard | 2026-04-03T17:00+08:00     | 1      | WORKING_HOURS   | 2026-04-07T09:30+08:00
            Labour Day 劳动节                             | standard | 2026-04-30T17:00+08:00     | 1      | WORKING_HOURS   | 2026-05-06T09:30+08:00
            Dragon Boat 端午节                            | standard | 2026-06-18T17:00+08:00     | 1      | WORKING_HOURS   | 2026-06-22T09:30+08:00
            Mid-Autumn 中秋节                             | standard | 2026-09-24T17:00+08:00     | 1      | WORKING_HOURS   | 2026-09-28T09:30+08:00
            National Day 国庆节                           | standard | 2026-09-30T17:00+08:00     | 1      | WORKING_HOURS   | 2026-10-08T09:30+08:00
            Sunday make-up day 09-20                     | standard | 2026-09-19T10:00+08:00     | 1      | WORKING_HOURS   | 2026-09-20T10:00+08:00
            Saturday make-up day 10-10                   | standard | 2026-10-09T17:00+08:00     | 1      | WORKING_HOURS   | 2026-10-10T09:30+08:00
            Saturday make-up day 02-28                   | standard | 2026-02-27T17:00+08:00     | 1      | WORKING_HOURS   | 2026-02-28T09:30+08:00
            Saturday make-up day 05-09                   | standard | 2026-05-08T17:00+08:00     | 1      | WORKING_HOURS   | 2026-05-09T09:30+08:00
            start on a holiday                           | standard | 2026-01-03T12:00+08:00     | 1      | WORKING_HOURS   | 2026-01-04T10:00+08:00
            cn-2026.md example: make-up day, Festival    | standard | 2026-02-13T10:00+08:00     | 3      | WORKING_DAYS    | 2026-02-25T17:30+08:00
            Tuesday, 3 days: Wed Thu Fri                 | standard | 2026-03-03T10:00+08:00     | 3      | WORKING_DAYS    | 2026-03-06T17:30+08:00
            Friday, 1 day: Monday                        | standard | 2026-03-06T16:00+08:00     | 1      | WORKING_DAYS    | 2026-03-09T17:30+08:00
            Saturday, 1 day: Monday                      | standard | 2026-03-07T10:00+08:00     | 1      | WORKING_DAYS    | 2026-03-09T17:30+08:00
            New Year: the Sunday make-up day counts      | standard | 2025-12-31T10:00+08:00     | 1      | WORKING_DAYS    | 2026-01-04T17:30+08:00
            National Day: 10-08, 10-09, make-up 10-10    | standard | 2026-09-30T10:00+08:00     | 3      | WORKING_DAYS    | 2026-10-10T17:30+08:00
            Labour Day: 1 day                            | standard | 2026-04-30T10:00+08:00     | 1      | WORKING_DAYS    | 2026-05-06T17:30+08:00
            make-up Sunday 09-20 is the first day        | standard | 2026-09-18T10:00+08:00     | 1      | WORKING_DAYS    | 2026-09-20T17:30+08:00
            5 days is a week                             | standard | 2026-03-02T10:00+08:00     | 5      | WORKING_DAYS    | 2026-03-09T17:30+08:00
            Dragon Boat: 1 day                           | standard | 2026-06-18T10:00+08:00     | 1      | WORKING_DAYS    | 2026-06-22T17:30+08:00
            Mid-Autumn: 1 day                            | standard | 2026-09-24T10:00+08:00     | 1      | WORKING_DAYS    | 2026-09-28T17:30+08:00
            Qingming: 1 day                              | standard | 2026-04-03T10:00+08:00     | 1      | WORKING_DAYS    | 2026-04-07T17:30+08:00
            start on a holiday, next day a holiday too   | standard | 2026-02-22T10:00+08:00     | 1      | WORKING_DAYS    | 2026-02-24T17:30+08:00
            start late at night: still its own day       | standard | 2026-03-02T23:59+08:00     | 1      | WORKING_DAYS    | 2026-03-03T17:30+08:00
            Saturday make-up day 02-28 is day 1          | standard | 2026-02-27T10:00+08:00     | 1      | WORKING_DAYS    | 2026-02-28T17:30+08:00
            calendar hours ignore the weekend            | standard | 2026-03-06T16:00+08:00     | 24     | CALENDAR_HOURS  | 2026-03-07T16:00+08:00
            calendar hours ignore holidays               | standard | 2026-10-01T20:00+08:00     | 2      | CALENDAR_HOURS  | 2026-10-01T22:00+08:00
            extended evening hours                       | extended | 2026-03-02T17:30+08:00     | 1      | WORKING_HOURS   | 2026-03-02T18:30+08:00
            extended: past 20:00 to the next morning     | extended | 2026-03-02T19:30+08:00     | 1      | WORKING_HOURS   | 2026-03-03T09:30+08:00
            extended: Friday evening to Saturday morning | extended | 2026-03-06T19:00+08:00     | 2      | WORKING_HOURS   | 2026-03-07T10:00+08:00
            extended: Saturday noon to Monday            | extended | 2026-03-07T11:00+08:00     | 2      | WORKING_HOURS   | 2026-03-09T10:00+08:00
            extended: a day ends at 20:00                | extended | 2026-03-03T10:00+08:00     | 1      | WORKING_DAYS    | 2026-03-04T20:00+08:00
            extended: Saturday service is no working day | extended | 2026-03-06T10:00+08:00     | 1      | WORKING_DAYS    | 2026-03-09T20:00+08:00
            extended: make-up day has weekday hours      | extended | 2026-02-13T10:00+08:00     | 1      | WORKING_DAYS    | 2026-02-14T20:00+08:00
            extended: no Saturday service on a holiday   | extended | 2026-02-20T10:00+08:00     | 1      | WORKING_HOURS   | 2026-02-24T10:00+08:00
            Tokyo: its own 09:00                         | tokyo    | 2026-03-02T00:30Z          | 1      | WORKING_HOURS   | 2026-03-02T01:30Z
            Shanghai at the same instant: before opening | standard | 2026-03-02T00:30Z          | 1      | WORKING_HOURS   | 2026-03-02T02:00Z
            Tokyo: a working day closes at 17:30 JST     | tokyo    | 2026-03-02T00:30Z          | 1      | WORKING_DAYS    | 2026-03-03T17:30+09:00
            New York: Sunday service in the skipped hour | new-york | 2026-03-06T16:00-05:00     | 2      | WORKING_HOURS   | 2026-03-08T03:00-04:00
            New York: spring forward, 2 h on that Sunday | new-york | 2026-03-07T12:00-05:00     | 150    | WORKING_MINUTES | 2026-03-09T09:30-04:00
            New York: a day over the change closes EDT   | new-york | 2026-03-06T10:00-05:00     | 1      | WORKING_DAYS    | 2026-03-09T17:00-04:00
            New York: fall back, 4 h on that Sunday      | new-york | 2026-10-31T12:00-04:00     | 4      | WORKING_HOURS   | 2026-11-01T04:00-05:00
            New York: over the fall-back weekend         | new-york | 2026-10-30T16:00-04:00     | 6      | WORKING_HOURS   | 2026-11-02T10:00-05:00
            24x7: working hours are every hour           | 24x7     | 2026-03-06T16:00+08:00     | 24     | WORKING_HOURS   | 2026-03-07T16:00+08:00
            24x7: a day is the next whole day, to 23:59:59 | 24x7   | 2026-03-06T10:00+08:00     | 1      | WORKING_DAYS    | 2026-03-07T23:59:59+08:00
            """)
    void limitsFallDue(String what, String calendar, OffsetDateTime start, long amount, TimeLimit.Unit unit,
            OffsetDateTime due) {
        assertEquals(due.toInstant(), calendar(calendar).due(start.toInstant(), new TimeLimit(amount, unit)), what);
    }

    @Test
    void workingTimeBetweenSkipsAHolidayAndCountsTheMakeUpDay() {
        WorkingCalendar standard = Calendars2026.standard();
        // Fri 17:00–17:30, the make-up Saturday 02-14 whole, then 02-24 09:00–10:00 after the Festival
        assertEquals(Duration.ofMinutes(30 + 7 * 60 + 60),
                standard.workingTimeBetween(at("2026-02-13T17:00+08:00"), at("2026-02-24T10:00+08:00")));
        assertEquals(Duration.ZERO, standard.workingTimeBetween(at("2026-02-15T00:00+08:00"), at("2026-02-24T09:00+08:00")));
        assertEquals(Duration.ZERO, standard.workingTimeBetween(at("2026-03-03T10:00+08:00"), at("2026-03-02T10:00+08:00")));
        assertEquals(Duration.ofMinutes(90), standard.workingTimeBetween(at("2026-03-02T11:00+08:00"), at("2026-03-02T14:00+08:00")));
    }

    @Test
    void aPausedClockResumesWithTheWorkingTimeLeft() {
        WorkingCalendar standard = Calendars2026.standard();
        Duration limit = Duration.ofHours(8);
        Instant start = at("2026-02-13T10:00+08:00");
        Instant paused = at("2026-02-13T11:00+08:00"); // waiting for the resident, over the Festival
        Instant resumed = at("2026-02-24T14:00+08:00");
        Duration used = standard.workingTimeBetween(start, paused);
        assertEquals(Duration.ofHours(1), used);
        // 7 h left: 02-24 14:00–17:30, 02-25 09:00–12:00, then 30 min after lunch
        assertEquals(at("2026-02-25T14:00+08:00"), standard.plusWorkingTime(resumed, limit.minus(used)));
    }

    /**
     * plusWorkingTime(a, workingTimeBetween(a, b)) is b when b lies in opening hours (its closing
     * instant included), the last closing before b otherwise, and a when no working time passed.
     */
    @ParameterizedTest
    @ValueSource(strings = { "standard", "extended", "new-york" })
    void workingTimeAddsUpAgain(String name) {
        WorkingCalendar calendar = Calendars2026.byName(name);
        Random random = new Random(20260101L + name.hashCode());
        Instant yearStart = at("2025-12-25T00:00+08:00");
        for (int i = 0; i < 3000; i++) {
            Instant a = yearStart.plusSeconds(60L * random.nextInt(60 * 24 * 370));
            Instant b = a.plusSeconds(60L * random.nextInt(60 * 24 * (i % 10 == 0 ? 40 : 4)));
            Duration between = calendar.workingTimeBetween(a, b);
            Instant back = calendar.plusWorkingTime(a, between);
            String pair = name + " a=" + a + " b=" + b + " between=" + between;
            if (between.isZero()) {
                assertEquals(a, back, pair);
            } else {
                assertEquals(inOpeningHours(calendar, b) ? b : lastClosingBefore(calendar, b), back, pair);
            }
            assertEquals(between, calendar.workingTimeBetween(a, back), pair);
        }
    }

    @Test
    void aCalendarWithoutWorkForYearsFailsInsteadOfSearchingForever() {
        List<SpecialDay> everyMondayOff = new ArrayList<>();
        for (LocalDate monday = LocalDate.parse("2026-03-02"); monday.getYear() < 2031; monday = monday.plusWeeks(1)) {
            everyMondayOff.add(SpecialDay.holiday(monday, "closed"));
        }
        WorkingCalendar mondaysOnly = new WorkingCalendar("mondays", Calendars2026.SHANGHAI,
                Map.of(DayOfWeek.MONDAY, Calendars2026.hours("09:00-12:00")), Set.of(DayOfWeek.MONDAY), everyMondayOff);
        assertThrows(IllegalStateException.class,
                () -> mondaysOnly.due(at("2026-03-01T10:00+08:00"), TimeLimit.workingHours(1)));
        assertThrows(IllegalStateException.class,
                () -> mondaysOnly.due(at("2026-03-01T10:00+08:00"), TimeLimit.workingDays(1)));
    }

    @Test
    void openingHoursAreReadAndChecked() {
        assertEquals("09:00-12:00", OpeningHours.parse(" 09:00-12:00 ").toString());
        for (String wrong : new String[] { "12:00-09:00", "09:00-09:00", "25:00-26:00", "9-12", "", "09:00 - 12:00" }) {
            assertThrows(IllegalArgumentException.class, () -> OpeningHours.parse(wrong), wrong);
        }
        OpeningHours.InvalidHoursException overlap = assertThrows(OpeningHours.InvalidHoursException.class,
                () -> OpeningHours.parseDay(List.of("09:00-12:00", "13:30-17:30", "17:00-20:00")));
        assertEquals(2, overlap.index());
        OpeningHours.InvalidHoursException inverted = assertThrows(OpeningHours.InvalidHoursException.class,
                () -> OpeningHours.parseDay(List.of("09:00-12:00", "17:30-13:30")));
        assertEquals(1, inverted.index());
        assertEquals(2, OpeningHours.parseDay(List.of("09:00-12:00", "12:00-13:00")).size(), "touching hours are fine");
    }

    @Test
    void calendarDataIsChecked() {
        ZoneId zone = Calendars2026.SHANGHAI;
        var week = Calendars2026.weekdays("09:00-12:00");
        assertThrows(IllegalArgumentException.class, () -> new WorkingCalendar("x", zone,
                Map.of(DayOfWeek.MONDAY, List.of(OpeningHours.parse("09:00-12:00"), OpeningHours.parse("11:00-13:00"))),
                Set.of(DayOfWeek.MONDAY), List.of()), "overlapping");
        assertThrows(IllegalArgumentException.class, () -> new WorkingCalendar("x", zone, week,
                Set.of(DayOfWeek.SATURDAY), List.of()), "a working day without hours");
        assertThrows(IllegalArgumentException.class, () -> new WorkingCalendar("x", zone, week, Set.of(), List.of()),
                "no working day");
        LocalDate day = LocalDate.parse("2026-10-01");
        assertThrows(IllegalArgumentException.class, () -> new WorkingCalendar("x", zone, week,
                WorkingCalendar.MONDAY_TO_FRIDAY, List.of(SpecialDay.holiday(day, "a"), SpecialDay.workday(day, "b"))),
                "one date twice");
        assertThrows(IllegalArgumentException.class,
                () -> new SpecialDay(day, SpecialDay.Kind.HOLIDAY, List.of(OpeningHours.parse("09:00-12:00")), null));
    }

    @Test
    void aDayWithHoursOfItsOwn() {
        WorkingCalendar halfDay = new WorkingCalendar("half", Calendars2026.SHANGHAI,
                Calendars2026.weekdays("09:00-12:00", "13:30-17:30"), WorkingCalendar.MONDAY_TO_FRIDAY,
                List.of(new SpecialDay(LocalDate.parse("2026-03-04"), SpecialDay.Kind.WORKDAY,
                        List.of(OpeningHours.parse("09:00-11:00")), "half day")));
        assertEquals(at("2026-03-04T11:00+08:00"), halfDay.due(at("2026-03-03T10:00+08:00"), TimeLimit.workingDays(1)));
        assertEquals(at("2026-03-05T10:00+08:00"), halfDay.due(at("2026-03-04T10:00+08:00"), TimeLimit.workingHours(2)));
        assertTrue(halfDay.isWorkingDay(LocalDate.parse("2026-03-04")));
    }

    private static BusinessCalendar calendar(String name) {
        return RoundTheClock.CODE.equals(name) ? new RoundTheClock(name, Calendars2026.SHANGHAI) : Calendars2026.byName(name);
    }

    private static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    /** Opening hours as instants, found independently of the calendar's own search. */
    private static boolean inOpeningHours(WorkingCalendar calendar, Instant instant) {
        LocalDate date = instant.atZone(calendar.zone()).toLocalDate();
        return calendar.hoursOn(date).stream().anyMatch(h -> {
            Instant opens = date.atTime(h.opens()).atZone(calendar.zone()).toInstant();
            Instant closes = date.atTime(h.closes()).atZone(calendar.zone()).toInstant();
            return instant.isAfter(opens) && !instant.isAfter(closes);
        });
    }

    private static Instant lastClosingBefore(WorkingCalendar calendar, Instant instant) {
        for (LocalDate date = instant.atZone(calendar.zone()).toLocalDate();; date = date.minusDays(1)) {
            List<OpeningHours> hours = calendar.hoursOn(date);
            for (int i = hours.size() - 1; i >= 0; i--) {
                Instant closes = date.atTime(hours.get(i).closes()).atZone(calendar.zone()).toInstant();
                if (!closes.isAfter(instant)) {
                    return closes;
                }
            }
        }
    }
}
