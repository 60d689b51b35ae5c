package org.civicgrievance.resolution.casework;

import java.time.Instant;

/**
 * Payload of {@code case.status-changed}: what residents should now read about their case. The
 * sequence counts every update a resident sees, including a note that leaves the status as it is.
 *
 * @param outcome     how the case ended, while resolved, closed or merged; else null
 * @param outcomeText the outcome in plain words, both languages
 * @param reason      why a case could not be resolved, as the handler wrote it
 * @param whereElse   where the resident may turn instead, as the handler wrote it
 * @param note        what the handler wrote for the resident with this update (the question, the
 *                    resolution note, a note); never an internal note
 * @param resolutionDueAt when the case is due to be resolved now ("expected by"); null when no
 *                    resolution time limit runs (resolved, closed, merged)
 * @param resolutionDueProvisional the due time lies beyond the calendar's horizon, where the statutory
 *                    holidays are assumed: it may move when the year's schedule is published
 * @param splitFrom   the case this part was split from, so intake shows the part under the case the
 *                    resident holds; null for a case placed whole
 */
public record CaseStatusChanged(
        String caseId,
        String trackingNumber,
        int sequence,
        CaseStatus status,
        StatusText statusText,
        String department,
        Instant changedAt,
        CaseOutcome outcome,
        StatusText outcomeText,
        String reason,
        String whereElse,
        ResidentNote note,
        Instant resolutionDueAt,
        String splitFrom,
        boolean resolutionDueProvisional) {

    public record StatusText(String zh, String en) {
    }

    /** @param kind NOTE, QUESTION or RESOLUTION */
    public record ResidentNote(CaseNote.Kind kind, String text) {
    }

    static CaseStatusChanged of(GrievanceCase aCase, Instant changedAt, ResidentNote note) {
        CaseStatus status = aCase.getStatus();
        CaseOutcome outcome = aCase.getOutcome();
        return new CaseStatusChanged(aCase.getId(), aCase.getTrackingNumber(), aCase.getStatusSequence(), status,
                new StatusText(status.textZh(), status.textEn()), aCase.getDepartment(), changedAt, outcome,
                outcome == null ? null : new StatusText(outcome.textZh(), outcome.textEn()),
                outcome == null ? null : aCase.getOutcomeReason(), outcome == null ? null : aCase.getWhereElse(), note,
                aCase.getResolutionDueAt(), aCase.getSplitFrom(), aCase.isResolutionDueProvisional());
    }
}
