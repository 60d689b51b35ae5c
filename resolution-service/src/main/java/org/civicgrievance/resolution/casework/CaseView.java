package org.civicgrievance.resolution.casework;

import java.time.Instant;

/** A case as staff see it. Contact details are masked until staff identity (who holds the case) exists. */
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
        Instant resolvedAt) {

    public static CaseView of(GrievanceCase c) {
        return new CaseView(c.getId(), c.getTrackingNumber(), c.getDepartment(), c.getKind(), c.getCategory(),
                c.getTitle(), c.getDescription(), c.getAddress(), c.getDistrict(),
                c.getContact() == null ? null : c.getContact().masked(), c.getPriority(), c.getStatus(), c.getHandler(),
                c.getResolutionNote(), c.getRoutingReason(), c.getSubmittedAt(), c.getQueuedAt(), c.getClaimedAt(),
                c.getResolvedAt());
    }
}
