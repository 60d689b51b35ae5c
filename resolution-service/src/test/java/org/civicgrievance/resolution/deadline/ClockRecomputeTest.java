package org.civicgrievance.resolution.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.civicgrievance.resolution.calendar.OpeningHours;
import org.civicgrievance.resolution.calendar.TimeLimit;
import org.civicgrievance.resolution.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;

/** A running clock computed again on a changed calendar: from its start, its limit and its waits. */
class ClockRecomputeTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final double YELLOW = 0.75;

    /** Standard hours; with a horizon the statutory holidays of 2027 count, without it 1 January is worked. */
    private static WorkingCalendar standard(LocalDate confirmedThrough) {
        Map<DayOfWeek, List<OpeningHours>> week = new EnumMap<>(DayOfWeek.class);
        WorkingCalendar.MONDAY_TO_FRIDAY.forEach(day -> week.put(day, OpeningHours.parseDay(List.of("09:00-12:00",
                "13:30-17:30"))));
        return new WorkingCalendar("cn-standard", SHANGHAI, week, WorkingCalendar.MONDAY_TO_FRIDAY, List.of(),
                confirmedThrough);
    }

    private static Instant beijing(String local) {
        return OffsetDateTime.parse(local + "+08:00").toInstant();
    }

    @Test
    void aClockStartedBeforeNewYearsDayCountedMovesOnceTheHolidayCounts() {
        WorkingCalendar before = standard(null);
        WorkingCalendar after = standard(LocalDate.of(2026, 12, 31));
        CaseClock clock = CaseClock.start("case-1", "transport", ClockKind.RESOLUTION, before,
                TimeLimit.workingDays(15), beijing("2026-12-21T10:00:00"), YELLOW);
        assertEquals(beijing("2027-01-11T17:30:00"), clock.getDueAt(), "1 January counted as a working day");
        // the resident waited three minutes: one working day
        clock.pause(beijing("2026-12-22T10:00:00"));
        clock.resume(beijing("2026-12-22T10:03:00"), before);
        assertEquals(beijing("2027-01-12T17:30:00"), clock.getDueAt());

        assertTrue(clock.recompute(after, YELLOW));
        assertEquals(beijing("2027-01-13T17:30:00"), clock.getDueAt(), "New Year's Day off, and the day of waiting");
        assertEquals(beijing("2027-01-12T17:30:00"), clock.getOriginalDueAt(), "the limit itself, before any wait");
        assertTrue(clock.getYellowAt().isBefore(clock.getDueAt()));
        assertEquals(clock.getYellowAt(), clock.getNextCheckAt(), "the scanner looks at the new yellow point");
        assertFalse(clock.recompute(after, YELLOW), "the same calendar again moves nothing");
    }

    @Test
    void cardsRaisedOnTheOldTimeStayRaised() {
        WorkingCalendar before = standard(null);
        CaseClock clock = CaseClock.start("case-2", "transport", ClockKind.CLAIM, before, TimeLimit.workingHours(4),
                beijing("2026-12-31T16:00:00"), YELLOW);
        assertEquals(beijing("2027-01-01T11:30:00"), clock.getDueAt());
        clock.levelsDue(beijing("2027-01-01T12:00:00")).forEach(clock::raised);
        assertTrue(clock.isRedRaised());

        assertTrue(clock.recompute(standard(LocalDate.of(2026, 12, 31)), YELLOW));
        assertEquals(beijing("2027-01-04T11:30:00"), clock.getDueAt());
        assertTrue(clock.isRedRaised(), "the red card raised on the old time stays on record");
        assertNull(clock.getNextCheckAt(), "and is not raised a second time");
    }

    @Test
    void anEndedOrExtendedClockKeepsItsTimes() {
        WorkingCalendar before = standard(null);
        WorkingCalendar after = standard(LocalDate.of(2026, 12, 31));
        CaseClock ended = CaseClock.start("case-3", "transport", ClockKind.RESOLUTION, before,
                TimeLimit.workingDays(1), beijing("2026-12-31T10:00:00"), YELLOW);
        ended.meet(beijing("2026-12-31T11:00:00"));
        assertFalse(ended.recompute(after, YELLOW));
        assertEquals(beijing("2027-01-01T17:30:00"), ended.getDueAt());

        CaseClock extended = CaseClock.start("case-4", "transport", ClockKind.RESOLUTION, before,
                TimeLimit.workingDays(1), beijing("2026-12-31T10:00:00"), YELLOW);
        extended.extendTo(beijing("2027-01-05T17:30:00"), before, YELLOW, beijing("2026-12-31T11:00:00"));
        assertFalse(extended.recompute(after, YELLOW), "the date an approved extension fixed stands");
        assertEquals(beijing("2027-01-05T17:30:00"), extended.getDueAt());
    }
}
