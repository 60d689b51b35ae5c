package org.civicgrievance.intake.status;

import java.time.Instant;

import org.civicgrievance.intake.grievance.StatusText;

/**
 * Intake's own reading of resolution's {@code case.status-changed} payload. The sequence counts
 * every update the resident sees, a note that leaves the status as it is included.
 *
 * @param outcome     how the case ended (RESOLVED, PARTLY_RESOLVED, NOT_RESOLVABLE, NOT_OUR_REMIT,
 *                    DUPLICATE) while resolved, closed or merged; else null
 * @param outcomeText the outcome in plain words
 * @param reason      why it could not be resolved, as the handler wrote it
 * @param whereElse   where else the resident may turn, as the handler wrote it
 * @param note        what the handler wrote for the resident with this update, if anything
 * @param resolutionDueAt when the case is due to be resolved as of this update; null when no time
 *                    limit runs (resolved, closed, merged) or from a resolution that did not send it
 * @param trackingNumber the case's own tracking number (a part's: the original's with -1, -2, …)
 * @param splitFrom   the case a dispatcher split this part from; null for a case placed whole
 * @param resolutionDueProvisional the due time lies beyond the department calendar's horizon (statutory
 *                    holidays assumed): it may move when the year's schedule is published; false when not sent
 */
public record CaseStatusChanged(
        String caseId,
        String trackingNumber,
        int sequence,
        String status,
        StatusText statusText,
        String department,
        Instant changedAt,
        String outcome,
        StatusText outcomeText,
        String reason,
        String whereElse,
        Note note,
        Instant resolutionDueAt,
        String splitFrom,
        boolean resolutionDueProvisional) {

    /** @param kind QUESTION (the case waits for the resident's answer), RESOLUTION or NOTE */
    public record Note(String kind, String text) {
    }
}
