package org.civicgrievance.resolution.deadline.recomputation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

import org.civicgrievance.resolution.audit.AuditAction;
import org.civicgrievance.resolution.audit.AuditRecord;
import org.civicgrievance.resolution.audit.AuditTrail;
import org.civicgrievance.resolution.calendar.BusinessCalendar;
import org.civicgrievance.resolution.calendar.Calendars;
import org.civicgrievance.resolution.calendar.CalendarsChanged;
import org.civicgrievance.resolution.casework.CaseworkService;
import org.civicgrievance.resolution.deadline.CaseClock;
import org.civicgrievance.resolution.deadline.ClockKeeper;
import org.civicgrievance.resolution.deadline.ClockKind;
import org.civicgrievance.resolution.deadline.ClocksChanged;
import org.civicgrievance.resolution.deadline.ClockRepository;
import org.civicgrievance.resolution.deadline.DueTimeText;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * When a calendar changes, every clock still running (or paused) on it gets its due time and yellow
 * point computed again from its start, its limit and its waits ({@link CaseClock#recompute}), so a
 * year's holidays loaded in December reach the cases opened in November. The change records a
 * {@link ClockRecomputation} in its own transaction; batches of clocks follow on the scheduler, each
 * one transaction that moves the clocks, writes each moved deadline to the audit trail, tells the
 * resident when the resolution's time moved, and advances the cursor. The recomputation's row lock
 * (SKIP LOCKED) lets one replica at a time work on it; costs the live clocks on that calendar, read
 * through their index, nothing else.
 */
@ApplicationScoped
public class ClockRecomputations {

    static final String ACTOR = "calendar-recomputation";
    private static final String SYSTEM_ROLE = "system";

    private final RecomputationRepository recomputations;
    private final Event<ClocksChanged> clocksChanged;
    private final ClockRepository clocks;
    private final Calendars calendars;
    private final CaseworkService casework;
    private final AuditTrail audit;
    private final Clock clock;
    private final double yellowShare;
    private final int batchSize;
    private final DueTimeText times;

    public ClockRecomputations(RecomputationRepository recomputations, ClockRepository clocks, Calendars calendars,
            CaseworkService casework, AuditTrail audit, Clock clock, ClockKeeper keeper,
            Event<ClocksChanged> clocksChanged,
            @ConfigProperty(name = "grievance.resolution.recomputation.batch-size", defaultValue = "200") int batchSize,
            @ConfigProperty(name = "grievance.resolution.zone") ZoneId zone) {
        this.recomputations = recomputations;
        this.clocksChanged = clocksChanged;
        this.clocks = clocks;
        this.calendars = calendars;
        this.casework = casework;
        this.audit = audit;
        this.clock = clock;
        this.yellowShare = keeper.yellowShare();
        this.batchSize = batchSize;
        this.times = new DueTimeText(zone);
    }

    /** In the calendar change's transaction: the recomputation commits exactly when the change does. */
    @Transactional(Transactional.TxType.MANDATORY)
    void onCalendarChanged(@Observes CalendarsChanged change) {
        recomputations.persist(new ClockRecomputation(change.code(), change.version(), change.by(), clock.instant()));
    }

    @Scheduled(identity = "clock-recomputation", every = "${grievance.resolution.recomputation.interval:5s}",
            delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        runAll();
    }

    /** Runs batches until no recomputation is left that this replica can work on; returns the clocks moved. */
    public int runAll() {
        int moved = 0;
        for (Optional<Batch> batch = runBatch(); batch.isPresent() && !batch.get().stalled(); batch = runBatch()) {
            moved += batch.get().moved();
        }
        return moved;
    }

    /**
     * @param stalled the calendar's new version is not readable on this replica yet: try again later
     */
    public record Batch(int clocks, int moved, boolean stalled) {
    }

    /** One transaction: the next batch of the oldest unfinished recomputation; empty when none is open. */
    @Transactional
    public Optional<Batch> runBatch() {
        Optional<ClockRecomputation> open = recomputations.claimOpen();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        ClockRecomputation job = open.get();
        Optional<BusinessCalendar> calendar = calendars.atLeast(job.getCalendarCode(), job.getCalendarVersion());
        if (calendar.isEmpty()) {
            Log.warnf("Calendar %s v%d not readable yet; its clocks are recomputed later", job.getCalendarCode(),
                    job.getCalendarVersion());
            return Optional.of(new Batch(0, 0, true));
        }
        Instant now = clock.instant();
        List<CaseClock> batch = clocks.liveOnCalendarForChange(job.getCalendarCode(), job.getLastClockId(), batchSize);
        List<String> movedCases = new ArrayList<>();
        for (CaseClock live : batch) {
            Instant before = live.getDueAt();
            if (live.recompute(calendar.get(), yellowShare)) {
                movedCases.add(live.getCaseId());
                recorded(job, live, before, calendar.get(), now);
            }
        }
        int moved = movedCases.size();
        clocksChanged.fire(new ClocksChanged(movedCases.stream().distinct().toList()));
        job.advance(batch.isEmpty() ? job.getLastClockId() : batch.get(batch.size() - 1).getId(), batch.size(), moved);
        if (batch.size() < batchSize) {
            job.finish(now);
            Log.infof("Calendar %s v%d: %d live clocks recomputed, %d moved", job.getCalendarCode(),
                    job.getCalendarVersion(), job.getClocksSeen(), job.getClocksMoved());
        }
        return Optional.of(new Batch(batch.size(), moved, false));
    }

    private void recorded(ClockRecomputation job, CaseClock moved, Instant before, BusinessCalendar calendar,
            Instant now) {
        audit.append(new AuditRecord.Entry(ACTOR, SYSTEM_ROLE, AuditAction.DEADLINE_RECOMPUTED, moved.getCaseId(),
                moved.getDepartment(), before.toString(), moved.getDueAt().toString(),
                "%s clock on calendar %s v%d (changed by %s): due %s, was %s%s".formatted(moved.getKind(),
                        job.getCalendarCode(), job.getCalendarVersion(), job.getRequestedBy(), moved.getDueAt(), before,
                        calendar.isProvisional(moved.getDueAt()) ? " (provisional)" : ""),
                null));
        if (moved.getKind() == ClockKind.RESOLUTION) {
            casework.resolutionDueMoved(moved.getCaseId(), moved.getDueAt(), calendar.isProvisional(moved.getDueAt()),
                    residentText(moved.getDueAt()), ACTOR, SYSTEM_ROLE, now);
        }
    }

    /** e.g. "节假日安排调整，办理时限改为 2027年1月4日 17:30" with its English. */
    String residentText(Instant due) {
        return "节假日安排调整，办理时限改为 %s\nThe holiday schedule changed: the time limit is now %s".formatted(
                times.zh(due), times.en(due));
    }
}
