package org.civicgrievance.intake.grievance;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.civicgrievance.intake.status.ResidentNote;
import org.civicgrievance.intake.status.ResidentOutcome;

/** What a resident sees of their own case. Contact details are deliberately absent. */
public record GrievanceStatusView(
        String trackingNumber,
        GrievanceKind kind,
        String category,
        String title,
        String status,
        StatusText statusText,
        String department,
        Instant submittedAt,
        Instant updatedAt,
        /** resolved and not yet rated: the resident may rate the outcome now */
        boolean awaitingRating,
        /** how the case ended (resolved, partly, not resolvable, not our remit, duplicate); null while handled */
        ResidentOutcome outcome,
        /** the department's questions, notes and resolution note, oldest first */
        List<ResidentNote> notes,
        /**
         * 预计办结时间 / expected by: when the department is due to resolve the case, in the city's time
         * zone (e.g. 2026-12-14T17:30+08:00); null when no time limit runs (not yet placed, resolved, closed)
         */
        OffsetDateTime resolutionDueAt,
        /**
         * 暂定 / provisional: the expected date counts public holidays whose schedule is not yet published,
         * and may still move when it is
         */
        boolean resolutionDueProvisional,
        /** for a part of a split case: the tracking number of the case it was split from; else null */
        String partOf,
        /**
         * 分办: the parts a dispatcher split this case into, one per department, each with its own
         * tracking number, status, outcome, notes and due time (status SPLIT on the case itself); empty otherwise
         */
        List<GrievanceStatusView> parts) {

    static GrievanceStatusView of(Grievance grievance, ResidentOutcome outcome, List<ResidentNote> notes,
            ZoneId cityZone, String partOf, List<GrievanceStatusView> parts) {
        Instant due = grievance.getResolutionDueAt();
        return new GrievanceStatusView(grievance.getTrackingNumber(), grievance.getKind(), grievance.getCategory(),
                grievance.getTitle(), grievance.getStatus(), grievance.getStatusText(), grievance.getDepartment(),
                grievance.getSubmittedAt(), grievance.getUpdatedAt(), grievance.isAwaitingRating(), outcome, notes,
                due == null ? null : due.atZone(cityZone).toOffsetDateTime(), grievance.isResolutionDueProvisional(),
                partOf, parts);
    }
}
