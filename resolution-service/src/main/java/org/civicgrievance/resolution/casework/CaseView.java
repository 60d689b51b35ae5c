package org.civicgrievance.resolution.casework;

import java.time.Instant;

/** A case as staff see it; contact details are masked unless the viewer holds the case. */
public record CaseView(
        String caseId,
        String trackingNumber,
        String department,
        String kind,
        String category,
        String title,
        String description,
        String address,
        String district,
        Contact contact,
        String priority,
        CaseStatus status,
        String handler,
        String resolutionNote,
        String routingReason,
        Instant submittedAt,
        Instant queuedAt,
        Instant claimedAt,
        Instant resolvedAt,
        CaseOutcome outcome,
        String outcomeReason,
        String whereElse,
        String mergedInto,
        Instant waitingUntil,
        int returnCount,
        Integer resolutionRound,
        /** when the RESOLUTION clock is due now; null when none runs */
        Instant resolutionDueAt,
        /** the resolution's due time lies beyond its calendar's horizon (statutory holidays assumed): it may move */
        boolean resolutionDueProvisional,
        /** the case a dispatcher split this part from (tracking number …-1, -2, …); null for a case placed whole */
        String splitFrom) {

    public static CaseView of(GrievanceCase c, boolean showContact) {
        return new CaseView(c.getId(), c.getTrackingNumber(), c.getDepartment(), c.getKind(), c.getCategory(),
                c.getTitle(), c.getDescription(), c.getAddress(), c.getDistrict(),
                c.getContact() == null || showContact ? c.getContact() : c.getContact().masked(), c.getPriority(), c.getStatus(), c.getHandler(),
                c.getResolutionNote(), c.getRoutingReason(), c.getSubmittedAt(), c.getQueuedAt(), c.getClaimedAt(),
                c.getResolvedAt(), c.getOutcome(), c.getOutcomeReason(), c.getWhereElse(), c.getMergedInto(),
                c.getWaitingUntil(), c.getReturnCount(), c.getResolutionRound(), c.getResolutionDueAt(),
                c.isResolutionDueProvisional(), c.getSplitFrom());
    }
}
