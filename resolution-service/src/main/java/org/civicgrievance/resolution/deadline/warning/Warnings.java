package org.civicgrievance.resolution.deadline.warning;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;

import org.civicgrievance.platform.outbox.Outbox;
import org.civicgrievance.resolution.Topics;
import org.civicgrievance.resolution.audit.AuditAction;
import org.civicgrievance.resolution.audit.AuditRecord;
import org.civicgrievance.resolution.audit.AuditTrail;
import org.civicgrievance.resolution.casework.GrievanceCase;
import org.civicgrievance.resolution.deadline.CaseClock;
import org.civicgrievance.resolution.deadline.ClocksChanged;
import org.civicgrievance.resolution.deadline.WarningLevel;

/**
 * Raises warnings: the record (read by handlers, supervisors and inspectors), the audit entry and
 * the {@code case.overdue} event, all in the caller's transaction.
 */
@ApplicationScoped
public class Warnings {

    /** The actor the audit trail names for what the deadline scanner raises. */
    static final String SCANNER = "deadline-scanner";
    private static final String SYSTEM_ROLE = "system";

    private final WarningRepository warnings;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final Event<ClocksChanged> clocksChanged;

    public Warnings(WarningRepository warnings, AuditTrail audit, Outbox outbox, Event<ClocksChanged> clocksChanged) {
        this.warnings = warnings;
        this.audit = audit;
        this.outbox = outbox;
        this.clocksChanged = clocksChanged;
    }

    /**
     * Yellow or red, once per clock and period: the clock records it, the unique key on (clock, period,
     * level) refuses a second row.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void raise(CaseClock clock, GrievanceCase aCase, WarningLevel level, Instant now) {
        clock.raised(level);
        warnings.persist(new ClockWarning(clock, level, now));
        audit.append(new AuditRecord.Entry(SCANNER, SYSTEM_ROLE,
                level == WarningLevel.RED ? AuditAction.DEADLINE_RED : AuditAction.DEADLINE_YELLOW, aCase.getId(),
                clock.getDepartment(), clock.getKind().name(), level.name(),
                "%s clock %s: due %s%s".formatted(clock.getKind(), level == WarningLevel.RED ? "breached"
                        : "has used its warning share of the time", clock.getDueAt(), extendedNote(clock)),
                aCase.getTraceId()));
        outbox.emit(Topics.CASE_OVERDUE, Topics.CASE_OVERDUE, aCase.getId(), aCase.getTraceId(),
                CaseOverdue.of(aCase, clock, level, now));
        clocksChanged.fire(ClocksChanged.of(aCase.getId()));
        Log.infof("Case %s: %s on its %s clock (due %s, period %d)", aCase.getTrackingNumber(), level,
                clock.getKind(), clock.getDueAt(), clock.getPeriod());
    }

    private static String extendedNote(CaseClock clock) {
        return clock.getPeriod() == 0 ? ""
                : " (extended %d time%s, originally due %s)".formatted(clock.getPeriod(),
                        clock.getPeriod() == 1 ? "" : "s", clock.getOriginalDueAt());
    }

    /** 特事特办: the department's supervisors see the case among their warnings the moment it is queued. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void alertSupervisors(CaseClock claimClock, GrievanceCase aCase, Instant now) {
        warnings.getEntityManager().flush(); // the clock's id
        warnings.persist(new ClockWarning(claimClock, WarningLevel.ALERT, now));
        Log.infof("Case %s: special handling, supervisors of %s alerted", aCase.getTrackingNumber(),
                claimClock.getDepartment());
    }
}
