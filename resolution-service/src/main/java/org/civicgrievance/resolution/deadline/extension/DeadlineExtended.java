package org.civicgrievance.resolution.deadline.extension;

import java.time.Instant;

import org.civicgrievance.resolution.deadline.ClockKind;

/**
 * CDI event, fired inside the transaction of an approved extension: the case's deadline moved, for
 * the reason the resident is to be shown.
 *
 * @param provisional  the new due time lies beyond the calendar's horizon
 * @param approvedBy   the supervisor who approved
 * @param approverRole their role, as the audit trail records it
 */
public record DeadlineExtended(String caseId, ClockKind clock, Instant newDue, boolean provisional, String reason,
        Instant at, String approvedBy, String approverRole) {
}
