package org.civicgrievance.resolution.deadline.warning;

import java.time.Instant;

import org.civicgrievance.resolution.casework.GrievanceCase;
import org.civicgrievance.resolution.deadline.CaseClock;
import org.civicgrievance.resolution.deadline.ClockKind;
import org.civicgrievance.resolution.deadline.WarningLevel;

/**
 * Payload of {@code case.overdue}: a clock of the case reached a warning level, once per level and
 * period. {@code period} tells a repeat breach apart: 0 for the original deadline, n once n extensions
 * were approved (the card is about the extended deadline {@code dueAt}).
 */
public record CaseOverdue(
        String caseId,
        String trackingNumber,
        String department,
        /** the handler holding the case; null while nobody claimed it */
        String handler,
        String priority,
        ClockKind clock,
        WarningLevel level,
        /** 0 = the original deadline, n = the deadline after the n-th approved extension */
        int period,
        Instant startedAt,
        Instant dueAt,
        /** the due time before any approved extension */
        Instant originalDueAt,
        Instant raisedAt) {

    static CaseOverdue of(GrievanceCase aCase, CaseClock clock, WarningLevel level, Instant raisedAt) {
        return new CaseOverdue(aCase.getId(), aCase.getTrackingNumber(), clock.getDepartment(), aCase.getHandler(),
                aCase.getPriority(), clock.getKind(), level, clock.getPeriod(), clock.getStartedAt(), clock.getDueAt(),
                clock.getOriginalDueAt(), raisedAt);
    }
}
