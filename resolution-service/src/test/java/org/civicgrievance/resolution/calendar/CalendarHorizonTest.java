package org.civicgrievance.resolution.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Deadlines past the horizon of the 2026 schedule: the statutory holidays of 2027 count,
 * provisionally, and the answer says so. Pauses of day limits keep due times on the closing-time grid.
 */
class CalendarHorizonTest {

    private static final LocalDate END_OF_2026 = LocalDate.of(2026, 12, 31);

    private static WorkingCalendar confirmedThrough2026() {
        return new WorkingCalendar("cn-standard", Calendars2026.SHANGHAI,
                Calendars2026.weekdays("09:00-12:00", "13:30-17:30"), WorkingCalendar.MONDAY_TO_FRIDAY,
                Calendars2026.specialDays(), END_OF_2026);
    }

    @ParameterizedTest(name = "{0} + {1} {2} = {3}")
    @CsvSource({
            // the rows that were wrong before the horizon: New Year's Day, the Spring Festival and its 补假
            "2026-12-31T10:00:00+08:00, 1, WORKING_DAYS, 2027-01-04T17:30, true",
            "2026-12-31T16:00:00+08:00, 4, WORKING_HOURS, 2027-01-04T11:30, true",
            "2026-12-21T10:00:00+08:00, 15, WORKING_DAYS, 2027-01-12T17:30, true",
            "2027-02-01T10:00:00+08:00, 5, WORKING_DAYS, 2027-02-12T17:30, true",
            // inside the horizon nothing is provisional
            "2026-12-01T10:00:00+08:00, 5, WORKING_DAYS, 2026-12-08T17:30, false",
            "2026-12-31T10:00:00+08:00, 3, WORKING_HOURS, 2026-12-31T14:30, false" })
    void beyondTheHorizonTheStatutoryHolidaysCountProvisionally(OffsetDateTime start, long amount, TimeLimit.Unit unit,
            LocalDateTime expected, boolean provisional) {
        WorkingCalendar calendar = confirmedThrough2026();
        Instant due = calendar.due(start.toInstant(), new TimeLimit(amount, unit));
        assertEquals(expected, due.atZone(Calendars2026.SHANGHAI).toLocalDateTime());
        assertEquals(provisional, calendar.isProvisional(due));
    }

    @Test
    void aDayEnteredBeyondTheHorizonComesBeforeTheLaw() {
        WorkingCalendar calendar = new WorkingCalendar("x", Calendars2026.SHANGHAI,
                Calendars2026.weekdays("09:00-17:00"), WorkingCalendar.MONDAY_TO_FRIDAY,
                List.of(SpecialDay.workday(LocalDate.of(2027, 2, 9), "值班")), END_OF_2026);
        assertTrue(calendar.isWorkingDay(LocalDate.of(2027, 2, 9)), "entered by an administrator");
        assertFalse(calendar.isWorkingDay(LocalDate.of(2027, 2, 10)), "春节补假 from the law");
        assertTrue(calendar.isWorkingDay(LocalDate.of(2027, 2, 11)));
    }

    @Test
    void aCalendarWithoutAHorizonHasOnlyItsOwnDays() {
        WorkingCalendar calendar = Calendars2026.standard();
        assertTrue(calendar.isWorkingDay(LocalDate.of(2027, 1, 1)));
        assertTrue(calendar.confirmedThrough().isEmpty());
        assertFalse(calendar.isProvisional(Instant.parse("2030-01-01T00:00:00Z")));
        assertFalse(new RoundTheClock("24x7", Calendars2026.SHANGHAI).isProvisional(Instant.parse("2030-01-01T00:00:00Z")));
    }

    @ParameterizedTest(name = "paused {1} to {2}: due {3}")
    @CsvSource({
            // three minutes of waiting cost a whole working day, not three minutes: 16 Dec 17:30 -> 17 Dec 17:30
            "WORKING_DAYS, 2026-12-10T10:00:00+08:00, 2026-12-10T10:03:00+08:00, 2026-12-17T17:30",
            // a whole working week of waiting (Monday 09:00 to Monday 09:00) moves the due time by five days
            "WORKING_DAYS, 2026-12-07T09:00:00+08:00, 2026-12-14T09:00:00+08:00, 2026-12-23T17:30",
            // a day and a half of working time counts as two days
            "WORKING_DAYS, 2026-12-07T09:00:00+08:00, 2026-12-08T12:00:00+08:00, 2026-12-18T17:30",
            // a wait over the weekend, outside the opening hours, costs nothing
            "WORKING_DAYS, 2026-12-11T18:00:00+08:00, 2026-12-14T08:30:00+08:00, 2026-12-16T17:30",
            // hour limits keep the exact shift
            "WORKING_HOURS, 2026-12-10T10:00:00+08:00, 2026-12-10T10:03:00+08:00, 2026-12-17T09:03" })
    void pausesOfDayLimitsStayOnTheClosingTimeGrid(TimeLimit.Unit unit, OffsetDateTime pausedAt,
            OffsetDateTime resumedAt, LocalDateTime expected) {
        WorkingCalendar calendar = confirmedThrough2026();
        Instant due = OffsetDateTime.parse("2026-12-16T17:30:00+08:00").toInstant();
        Instant moved = calendar.afterPause(due, new TimeLimit(1, unit), pausedAt.toInstant(), resumedAt.toInstant());
        assertEquals(expected, moved.atZone(Calendars2026.SHANGHAI).toLocalDateTime());
    }

    @Test
    void roundTheClockDayLimitsMoveByWholeDays() {
        RoundTheClock calendar = new RoundTheClock("24x7", Calendars2026.SHANGHAI);
        Instant due = calendar.due(OffsetDateTime.parse("2026-12-13T10:00:00+08:00").toInstant(), TimeLimit.workingDays(3));
        assertEquals(OffsetDateTime.parse("2026-12-16T23:59:59+08:00").toInstant(), due, "the last second of the third day");
        Instant moved = calendar.afterPause(due, TimeLimit.workingDays(3),
                OffsetDateTime.parse("2026-12-15T10:00:00+08:00").toInstant(),
                OffsetDateTime.parse("2026-12-15T10:05:00+08:00").toInstant());
        assertEquals(OffsetDateTime.parse("2026-12-17T23:59:59+08:00").toInstant(), moved, "one whole day later");
    }
}
