package org.civicgrievance.resolution.casework;

import java.time.Instant;

/** Resolution's own reading of routing's {@code grievance.routed} payload. */
public record RoutedCase(
        String caseId,
        String trackingNumber,
        String kind,
        String category,
        String title,
        String description,
        Location location,
        Contact contact,
        Instant submittedAt,
        String department,
        Long ruleId,
        String reason,
        String priority,
        /** the case a dispatcher split this part from; null for a case placed whole */
        String splitFrom) {

    public record Location(String address, String district) {
    }

    GrievanceCase.Arrival toArrival(String traceId) {
        return new GrievanceCase.Arrival(caseId, trackingNumber, department, kind, category, title, description,
                location == null ? null : location.address(), location == null ? null : location.district(),
                contact, priority == null ? "NORMAL" : priority, ruleId, reason, submittedAt, traceId, splitFrom);
    }
}
