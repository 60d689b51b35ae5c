package org.civicgrievance.resolution.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.civicgrievance.resolution.calendar.BusinessCalendar;
import org.civicgrievance.resolution.calendar.TimeLimit;
import org.civicgrievance.resolution.casework.CaseStatus;
import org.civicgrievance.resolution.casework.CaseTransition;
import org.civicgrievance.resolution.deadline.policy.DeadlineTerms;
import org.civicgrievance.resolution.deadline.policy.Limits;
import org.junit.jupiter.api.Test;

/** Every reaction of a case's clocks to its state changes, on a working-hours calendar. */
class ClockBookTest {

    private static final BusinessCalendar OFFICE = new OfficeHours();
    private static final String CASE = "c-1";
    // 2026-11-23 is a Monday
    private static final Instant SUBMITTED = Instant.parse("2026-11-23T08:00:00Z");
    private static final Instant MONDAY_10 = Instant.parse("2026-11-23T10:00:00Z");
    private static final DeadlineTerms TERMS = new DeadlineTerms("office-hours", new Limits(TimeLimit.workingHours(2),
            TimeLimit.workingHours(8), TimeLimit.workingHours(16), TimeLimit.workingDays(3), TimeLimit.workingHours(4)),
            false);

    private final ClockBook book = new ClockBook(CASE, List.of(), code -> OFFICE, 0.75);

    @Test
    void queueingStartsTheClaimClockNowAndTheResolutionClockAtTheSubmission() {
        change(null, CaseStatus.QUEUED, "urban", MONDAY_10);

        CaseClock claim = live(ClockKind.CLAIM);
        assertEquals(MONDAY_10, claim.getStartedAt());
        assertEquals(Instant.parse("2026-11-23T12:00:00Z"), claim.getDueAt());
        assertEquals(Instant.parse("2026-11-23T11:30:00Z"), claim.getYellowAt(), "75 % of two working hours");
        assertEquals(claim.getYellowAt(), claim.getNextCheckAt());
        CaseClock resolution = live(ClockKind.RESOLUTION);
        assertEquals(SUBMITTED, resolution.getStartedAt(), "time waiting in triage counts");
        assertEquals(Instant.parse("2026-11-24T17:00:00Z"), resolution.getDueAt(), "16 working hours from Monday 09:00");
        assertEquals(List.of(ClockKind.CLAIM, ClockKind.RESOLUTION), kinds());
    }

    @Test
    void claimingMeetsTheClaimClockAndStartsTheUpdateClock() {
        change(null, CaseStatus.QUEUED, "urban", MONDAY_10);
        change(CaseStatus.QUEUED, CaseStatus.CLAIMED, "urban", MONDAY_10.plus(Duration.ofMinutes(40)));

        CaseClock claim = only(ClockKind.CLAIM);
        assertEquals(ClockState.MET, claim.getState());
        assertNull(claim.getNextCheckAt());
        assertEquals(MONDAY_10.plus(Duration.ofMinutes(40)), live(ClockKind.UPDATE).getStartedAt());
        assertEquals(Instant.parse("2026-11-24T10:40:00Z"), live(ClockKind.UPDATE).getDueAt(),
                "eight working hours: the rest of Monday, then Tuesday morning");
    }

    @Test
    void waitingForTheResidentPausesAndResumingMovesTheDueTimeByExactlyThePausedWorkingTime() {
        change(null, CaseStatus.QUEUED, "urban", MONDAY_10);
        change(CaseStatus.QUEUED, CaseStatus.CLAIMED, "urban", MONDAY_10);
        Instant resolutionDue = live(ClockKind.RESOLUTION).getDueAt();
        Instant yellow = live(ClockKind.RESOLUTION).getYellowAt();

        change(CaseStatus.CLAIMED, CaseStatus.WAITING_FOR_RESIDENT, "urban", Instant.parse("2026-11-23T15:00:00Z"));
        CaseClock paused = live(ClockKind.RESOLUTION);
        assertEquals(ClockState.PAUSED, paused.getState());
        assertNull(paused.getNextCheckAt(), "no warning while paused");
        assertEquals(ClockState.PAUSED, live(ClockKind.UPDATE).getState());
        assertTrue(paused.levelsDue(Instant.parse("2026-12-31T00:00:00Z")).isEmpty());

        // Monday 15:00 to Wednesday 11:00: 2 h on Monday, 8 h on Tuesday, 2 h on Wednesday = 12 working hours
        change(CaseStatus.WAITING_FOR_RESIDENT, CaseStatus.IN_PROGRESS, "urban", Instant.parse("2026-11-25T11:00:00Z"));
        CaseClock resumed = live(ClockKind.RESOLUTION);
        assertEquals(ClockState.RUNNING, resumed.getState());
        assertEquals(Instant.parse("2026-11-24T17:00:00Z"), resolutionDue);
        assertEquals(Instant.parse("2026-11-26T13:00:00Z"), resumed.getDueAt(),
                "Tuesday 17:00 plus 12 working hours: all of Wednesday, then four hours on Thursday");
        assertEquals(OFFICE.plusWorkingTime(yellow, Duration.ofHours(12)), resumed.getYellowAt());
        assertEquals(resolutionDue, resumed.getOriginalDueAt(), "a pause is no extension");
        assertEquals(Instant.parse("2026-11-25T11:00:00Z"), live(ClockKind.UPDATE).getStartedAt(),
                "the update clock starts afresh");
    }

    @Test
    void aPauseOverTheWeekendCountsOnlyTheWorkingTime() {
        Instant friday = Instant.parse("2026-11-27T14:00:00Z");
        change(null, CaseStatus.QUEUED, "urban", friday);
        change(CaseStatus.QUEUED, CaseStatus.CLAIMED, "urban", friday);
        Instant due = live(ClockKind.RESOLUTION).getDueAt();

        change(CaseStatus.CLAIMED, CaseStatus.WAITING_FOR_RESIDENT, "urban", Instant.parse("2026-11-27T16:00:00Z"));
        change(CaseStatus.WAITING_FOR_RESIDENT, CaseStatus.IN_PROGRESS, "urban", Instant.parse("2026-11-30T10:00:00Z"));

        assertEquals(OFFICE.plusWorkingTime(due, Duration.ofHours(2)), live(ClockKind.RESOLUTION).getDueAt(),
                "Friday 16:00 to Monday 10:00 is two working hours");
    }

    @Test
    void resolvingMeetsResolutionAndUpdateAndStartsTheCallback() {
        change(null, CaseStatus.QUEUED, "urban", MONDAY_10);
        change(CaseStatus.QUEUED, CaseStatus.CLAIMED, "urban", MONDAY_10);
        Instant resolvedAt = Instant.parse("2026-11-23T14:00:00Z");
        change(CaseStatus.CLAIMED, CaseStatus.RESOLVED, "urban", resolvedAt);

        assertEquals(ClockState.MET, only(ClockKind.RESOLUTION).getState());
        assertEquals(ClockState.MET, only(ClockKind.UPDATE).getState());
        CaseClock callback = live(ClockKind.CALLBACK);
        assertEquals(resolvedAt, callback.getStartedAt());
        assertEquals(Instant.parse("2026-11-26T17:00:00Z"), callback.getDueAt(), "three working days");
    }

    @Test
    void reopeningStartsAFreshShorterResolutionClock() {
        change(null, CaseStatus.QUEUED, "urban", MONDAY_10);
        change(CaseStatus.QUEUED, CaseStatus.CLAIMED, "urban", MONDAY_10);
        change(CaseStatus.CLAIMED, CaseStatus.RESOLVED, "urban", MONDAY_10.plus(Duration.ofHours(1)));
        Instant reopenedAt = Instant.parse("2026-11-24T09:00:00Z");
        change(CaseStatus.RESOLVED, CaseStatus.REOPENED, "urban", reopenedAt);

        assertEquals(ClockState.MET, only(ClockKind.CALLBACK).getState(), "the resident's rating is the callback");
        CaseClock fresh = live(ClockKind.RESOLUTION);
        assertEquals(reopenedAt, fresh.getStartedAt());
        assertEquals(Instant.parse("2026-11-24T13:00:00Z"), fresh.getDueAt(), "the reopened limit: four working hours");
        assertEquals(2, book.clocks().stream().filter(c -> c.getKind() == ClockKind.RESOLUTION).count());
        assertEquals(ClockState.RUNNING, live(ClockKind.UPDATE).getState());
    }

    @Test
    void aReturnedCaseKeepsItsOverallDeadlineAndTheNextDepartmentGetsAFreshClaimClock() {
        change(null, CaseStatus.QUEUED, "urban", MONDAY_10);
        change(CaseStatus.QUEUED, CaseStatus.CLAIMED, "urban", MONDAY_10);
        CaseClock resolution = live(ClockKind.RESOLUTION);
        Instant overallDue = resolution.getDueAt();

        change(CaseStatus.CLAIMED, CaseStatus.RETURNED, "urban", Instant.parse("2026-11-23T11:00:00Z"));
        assertEquals(ClockState.STOPPED, only(ClockKind.UPDATE).getState());
        assertEquals(ClockState.RUNNING, resolution.getState(), "time with routing counts against the case");

        Instant requeued = Instant.parse("2026-11-23T13:00:00Z");
        change(CaseStatus.RETURNED, CaseStatus.QUEUED, "water", requeued);
        assertEquals(resolution, live(ClockKind.RESOLUTION));
        assertEquals(overallDue, resolution.getDueAt());
        assertEquals("water", resolution.getDepartment(), "the new department answers for the overall deadline");
        CaseClock claim = live(ClockKind.CLAIM);
        assertEquals("water", claim.getDepartment());
        assertEquals(requeued, claim.getStartedAt());
        assertEquals(2, book.clocks().stream().filter(c -> c.getKind() == ClockKind.CLAIM).count());
    }

    @Test
    void aCaseReturnedBeforeAnyClaimStopsItsClaimClock() {
        change(null, CaseStatus.QUEUED, "urban", MONDAY_10);
        change(CaseStatus.QUEUED, CaseStatus.RETURNED, "urban", MONDAY_10.plus(Duration.ofMinutes(5)));
        assertEquals(ClockState.STOPPED, only(ClockKind.CLAIM).getState());
    }

    @Test
    void closingAndMergingEndEveryClock() {
        change(null, CaseStatus.QUEUED, "urban", MONDAY_10);
        change(CaseStatus.QUEUED, CaseStatus.CLAIMED, "urban", MONDAY_10);
        change(CaseStatus.CLAIMED, CaseStatus.RESOLVED, "urban", MONDAY_10);
        change(CaseStatus.RESOLVED, CaseStatus.CLOSED, "urban", MONDAY_10.plus(Duration.ofHours(1)));
        assertEquals(ClockState.MET, only(ClockKind.CALLBACK).getState());
        assertTrue(book.clocks().stream().noneMatch(CaseClock::isLive));

        ClockBook merged = new ClockBook("c-2", List.of(), code -> OFFICE, 0.75);
        merged.react(new CaseTransition("c-2", "urban", null, CaseStatus.QUEUED, "routing", null, MONDAY_10), SUBMITTED,
                TERMS);
        merged.react(new CaseTransition("c-2", "urban", CaseStatus.QUEUED, CaseStatus.MERGED, "li", null, MONDAY_10),
                SUBMITTED, TERMS);
        assertTrue(merged.clocks().stream().allMatch(c -> c.getState() == ClockState.STOPPED));
        assertTrue(merged.clocks().stream().allMatch(c -> c.getNextCheckAt() == null));
    }

    @Test
    void eachLevelComesOncePerPeriodAndAnExtensionOpensTheNextPeriod() {
        change(null, CaseStatus.QUEUED, "urban", MONDAY_10);
        CaseClock claim = live(ClockKind.CLAIM);
        assertEquals(0, claim.getPeriod());

        assertTrue(claim.levelsDue(Instant.parse("2026-11-23T11:29:00Z")).isEmpty());
        assertEquals(List.of(WarningLevel.YELLOW), claim.levelsDue(Instant.parse("2026-11-23T11:30:00Z")));
        claim.raised(WarningLevel.YELLOW);
        assertTrue(claim.levelsDue(Instant.parse("2026-11-23T11:45:00Z")).isEmpty(), "no second yellow");
        assertEquals(claim.getDueAt(), claim.getNextCheckAt());
        claim.raised(WarningLevel.RED);
        assertNull(claim.getNextCheckAt());
        assertTrue(claim.levelsDue(Instant.parse("2026-11-23T12:30:00Z")).isEmpty(), "no second red");

        // approved at 12:30, after the breach: due 17:00 (7 working hours from 10:00), yellow at 75 %: 15:15
        claim.extendTo(Instant.parse("2026-11-23T17:00:00Z"), OFFICE, 0.75, Instant.parse("2026-11-23T12:30:00Z"));
        assertEquals(1, claim.getPeriod());
        assertEquals(Instant.parse("2026-11-23T12:00:00Z"), claim.getOriginalDueAt());
        assertEquals(Instant.parse("2026-11-23T15:15:00Z"), claim.getYellowAt());
        assertFalse(claim.isRedRaised(), "the new deadline is not breached yet");
        assertEquals(claim.getYellowAt(), claim.getNextCheckAt(), "the new period's yellow is still ahead");
        assertTrue(claim.levelsDue(Instant.parse("2026-11-23T15:14:00Z")).isEmpty());
        assertEquals(List.of(WarningLevel.YELLOW), claim.levelsDue(Instant.parse("2026-11-23T15:15:00Z")));
        claim.raised(WarningLevel.YELLOW);
        assertEquals(List.of(WarningLevel.RED), claim.levelsDue(Instant.parse("2026-11-23T17:00:00Z")));
        claim.raised(WarningLevel.RED);
        assertNull(claim.getNextCheckAt());
        assertTrue(claim.levelsDue(Instant.parse("2026-11-30T16:00:00Z")).isEmpty(), "once per period");
    }

    @Test
    void anExtensionApprovedPastTheNewYellowPointArmsOnlyTheRed() {
        change(null, CaseStatus.QUEUED, "urban", MONDAY_10);
        CaseClock claim = live(ClockKind.CLAIM);
        claim.raised(WarningLevel.YELLOW);

        // due 12:00 moved to 14:00: yellow at 75 % of 4 working hours, 13:00, is past when approved at 13:30
        claim.extendTo(Instant.parse("2026-11-23T14:00:00Z"), OFFICE, 0.75, Instant.parse("2026-11-23T13:30:00Z"));
        assertEquals(1, claim.getPeriod());
        assertTrue(claim.isYellowRaised(), "no yellow for a point already behind the decision");
        assertEquals(claim.getDueAt(), claim.getNextCheckAt());
        assertEquals(List.of(WarningLevel.RED), claim.levelsDue(Instant.parse("2026-11-23T14:00:00Z")));
    }

    @Test
    void anExtensionOfAPausedClockArmsItsWarningsForWhenItRunsAgain() {
        change(null, CaseStatus.QUEUED, "urban", MONDAY_10);
        change(CaseStatus.QUEUED, CaseStatus.CLAIMED, "urban", MONDAY_10);
        change(CaseStatus.CLAIMED, CaseStatus.WAITING_FOR_RESIDENT, "urban", Instant.parse("2026-11-23T11:00:00Z"));
        CaseClock resolution = live(ClockKind.RESOLUTION);
        resolution.extendTo(resolution.getDueAt().plus(Duration.ofDays(1)), OFFICE, 0.75,
                Instant.parse("2026-11-23T12:00:00Z"));
        assertEquals(1, resolution.getPeriod());
        assertNull(resolution.getNextCheckAt(), "no warning while paused");
        change(CaseStatus.WAITING_FOR_RESIDENT, CaseStatus.IN_PROGRESS, "urban", Instant.parse("2026-11-23T13:00:00Z"));
        assertEquals(resolution.getYellowAt(), resolution.getNextCheckAt());
    }

    @Test
    void aScanLongAfterTheDueTimeRaisesYellowThenRed() {
        change(null, CaseStatus.QUEUED, "urban", MONDAY_10);
        assertEquals(List.of(WarningLevel.YELLOW, WarningLevel.RED),
                live(ClockKind.CLAIM).levelsDue(Instant.parse("2026-11-24T10:00:00Z")));
        assertFalse(live(ClockKind.RESOLUTION).levelsDue(MONDAY_10).contains(WarningLevel.RED));
    }

    private void change(CaseStatus from, CaseStatus to, String department, Instant at) {
        book.react(new CaseTransition(CASE, department, from, to, "someone", null, at), SUBMITTED, TERMS);
    }

    private CaseClock live(ClockKind kind) {
        return book.clocks().stream().filter(c -> c.getKind() == kind && c.isLive()).reduce((a, b) -> {
            throw new AssertionError("two live " + kind + " clocks");
        }).orElseThrow(() -> new AssertionError("no live " + kind + " clock"));
    }

    private CaseClock only(ClockKind kind) {
        List<CaseClock> ofKind = book.clocks().stream().filter(c -> c.getKind() == kind).toList();
        assertEquals(1, ofKind.size(), kind.name());
        return ofKind.get(0);
    }

    private List<ClockKind> kinds() {
        return book.clocks().stream().map(CaseClock::getKind).toList();
    }
}
