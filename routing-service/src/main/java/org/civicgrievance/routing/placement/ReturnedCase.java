package org.civicgrievance.routing.placement;

import java.time.Instant;

/**
 * Routing's own reading of resolution's {@code grievance.returned} payload: the department that
 * sent the case back 退单, who did and why.
 */
public record ReturnedCase(
        String caseId,
        String trackingNumber,
        /** the department that returned the case */
        String department,
        String reason,
        /** the staff member who returned it */
        String returnedBy,
        Instant returnedAt) {
}
