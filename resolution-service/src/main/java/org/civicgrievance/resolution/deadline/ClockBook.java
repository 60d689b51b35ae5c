package org.civicgrievance.resolution.deadline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.civicgrievance.resolution.calendar.BusinessCalendar;
import org.civicgrievance.resolution.calendar.TimeLimit;
import org.civicgrievance.resolution.casework.CaseTransition;
import org.civicgrievance.resolution.deadline.policy.DeadlineTerms;

/**
 * How a case's clocks react to each change of the case. Pure: the clocks, the terms and the
 * calendars come in, so every reaction is unit-tested without a database.
 *
 * <ul>
 * <li>QUEUED: a CLAIM clock for the department; the RESOLUTION clock starts at the first queueing,
 * from the resident's submission (time in triage counts), and is kept when a returned case is
 * queued again elsewhere: it is the case's overall deadline, handed over to the new department,
 * which gets a fresh CLAIM clock.</li>
 * <li>CLAIMED meets CLAIM. From then on UPDATE (no silence longer than its limit) restarts at every
 * change while the case is open; before the claim the CLAIM clock measures the silence.</li>
 * <li>WAITING_FOR_RESIDENT pauses RESOLUTION and UPDATE; IN_PROGRESS resumes RESOLUTION with its due
 * time moved by exactly the paused working time, and restarts UPDATE.</li>
 * <li>RESOLVED meets RESOLUTION and UPDATE and starts CALLBACK (回访). The resident's rating is what
 * the callback is for, so CLOSED and REOPENED meet CALLBACK; REOPENED starts a fresh, shorter
 * RESOLUTION clock.</li>
 * <li>RETURNED stops CLAIM and UPDATE; RESOLUTION keeps running while routing places the case again.</li>
 * <li>CLOSED and MERGED end every clock.</li>
 * </ul>
 */
public final class ClockBook {

    private final String caseId;
    private final List<CaseClock> clocks;
    private final Function<String, BusinessCalendar> calendars;
    private final double yellowShare;

    public ClockBook(String caseId, List<CaseClock> clocks, Function<String, BusinessCalendar> calendars,
            double yellowShare) {
        this.caseId = caseId;
        this.clocks = new ArrayList<>(clocks);
        this.calendars = calendars;
        this.yellowShare = yellowShare;
    }

    /** Every clock of the case, including those the last reaction started. */
    public List<CaseClock> clocks() {
        return List.copyOf(clocks);
    }

    /** @return the clocks this change started, for the caller to store */
    public List<CaseClock> react(CaseTransition change, Instant submittedAt, DeadlineTerms terms) {
        List<CaseClock> started = new ArrayList<>();
        Instant at = change.at();
        String department = change.department();
        switch (change.to()) {
            case QUEUED -> {
                live(ClockKind.CLAIM).ifPresent(c -> c.stop(at));
                started.add(start(ClockKind.CLAIM, department, terms, terms.limits().claim(), at));
                live(ClockKind.RESOLUTION).ifPresentOrElse(c -> c.handOver(department),
                        () -> started.add(start(ClockKind.RESOLUTION, department, terms, terms.limits().resolution(),
                                submittedAt)));
            }
            case CLAIMED -> {
                live(ClockKind.CLAIM).ifPresent(c -> c.meet(at));
                started.add(restartUpdate(department, terms, at));
            }
            case IN_PROGRESS -> {
                live(ClockKind.RESOLUTION).ifPresent(c -> c.resume(at, calendarOf(c)));
                started.add(restartUpdate(department, terms, at));
            }
            case WAITING_FOR_RESIDENT -> {
                live(ClockKind.RESOLUTION).ifPresent(c -> c.pause(at));
                live(ClockKind.UPDATE).ifPresent(c -> c.pause(at));
            }
            case RESOLVED -> {
                live(ClockKind.RESOLUTION).ifPresent(c -> c.meet(at));
                live(ClockKind.UPDATE).ifPresent(c -> c.meet(at));
                started.add(start(ClockKind.CALLBACK, department, terms, terms.limits().callback(), at));
            }
            case REOPENED -> {
                live(ClockKind.CALLBACK).ifPresent(c -> c.meet(at));
                live(ClockKind.RESOLUTION).ifPresent(c -> c.stop(at));
                started.add(start(ClockKind.RESOLUTION, department, terms, terms.limits().reopened(), at));
                started.add(restartUpdate(department, terms, at));
            }
            case RETURNED -> {
                live(ClockKind.CLAIM).ifPresent(c -> c.stop(at));
                live(ClockKind.UPDATE).ifPresent(c -> c.stop(at));
            }
            case CLOSED -> {
                live(ClockKind.CALLBACK).ifPresent(c -> c.meet(at));
                clocks.forEach(c -> c.stop(at));
            }
            case MERGED -> clocks.forEach(c -> c.stop(at));
        }
        clocks.addAll(started);
        return started;
    }

    private CaseClock restartUpdate(String department, DeadlineTerms terms, Instant at) {
        live(ClockKind.UPDATE).ifPresent(c -> c.meet(at));
        return start(ClockKind.UPDATE, department, terms, terms.limits().update(), at);
    }

    private CaseClock start(ClockKind kind, String department, DeadlineTerms terms, TimeLimit limit, Instant from) {
        return CaseClock.start(caseId, department, kind, calendars.apply(terms.calendarCode()), limit, from,
                yellowShare);
    }

    private BusinessCalendar calendarOf(CaseClock clock) {
        return calendars.apply(clock.getCalendarCode());
    }

    private Optional<CaseClock> live(ClockKind kind) {
        return clocks.stream().filter(c -> c.getKind() == kind && c.isLive()).findFirst();
    }
}
