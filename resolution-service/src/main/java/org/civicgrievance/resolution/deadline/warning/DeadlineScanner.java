package org.civicgrievance.resolution.deadline.warning;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.scheduler.Scheduled;

import org.civicgrievance.resolution.casework.CaseRepository;
import org.civicgrievance.resolution.casework.GrievanceCase;
import org.civicgrievance.resolution.deadline.CaseClock;
import org.civicgrievance.resolution.deadline.ClockRepository;
import org.civicgrievance.resolution.deadline.WarningLevel;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.MDC;

/**
 * Raises the warnings that fell due. Safe on many replicas: each batch claims its clocks with
 * {@code FOR UPDATE SKIP LOCKED}, so two scanners never hold one clock, and the clock's raised flags
 * (committed with the warning) plus the unique key on (clock, period, level) keep every level to one
 * event per deadline period (an approved extension opens the next period).
 * Costs time in proportion to the clocks falling due (index on next_check_at), not to open cases.
 */
@ApplicationScoped
public class DeadlineScanner {

    private final ClockRepository clocks;
    private final CaseRepository cases;
    private final Warnings warnings;
    private final Clock clock;
    private final int batchSize;

    public DeadlineScanner(ClockRepository clocks, CaseRepository cases, Warnings warnings, Clock clock,
            @ConfigProperty(name = "grievance.resolution.deadline-scan.batch-size", defaultValue = "100") int batchSize) {
        this.clocks = clocks;
        this.cases = cases;
        this.warnings = warnings;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    @Scheduled(identity = "deadline-scan", every = "${grievance.resolution.deadline-scan.interval:30s}",
            delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        scanAll();
    }

    /** Scans batch after batch until nothing more is due; returns the number of warnings raised. */
    public int scanAll() {
        int raised = 0;
        Batch batch;
        do {
            batch = scanBatch();
            raised += batch.raised();
        } while (batch.clocks() == batchSize);
        return raised;
    }

    public record Batch(int clocks, int raised) {
    }

    /** One transaction: claims up to a batch of due clocks and raises what is due on each. */
    @Transactional
    public Batch scanBatch() {
        Instant now = clock.instant();
        List<CaseClock> due = clocks.claimDue(now, batchSize);
        int raised = 0;
        for (CaseClock dueClock : due) {
            List<WarningLevel> levels = dueClock.levelsDue(now);
            if (!levels.isEmpty()) {
                GrievanceCase aCase = cases.findById(dueClock.getCaseId());
                MDC.put("caseId", aCase.getId());
                MDC.put("traceId", String.valueOf(aCase.getTraceId()));
                try {
                    for (WarningLevel level : levels) {
                        warnings.raise(dueClock, aCase, level, now);
                        raised++;
                    }
                } finally {
                    MDC.remove("caseId");
                    MDC.remove("traceId");
                }
            } else {
                dueClock.reschedule(); // a stale check: nothing is due yet
            }
        }
        return new Batch(due.size(), raised);
    }
}
