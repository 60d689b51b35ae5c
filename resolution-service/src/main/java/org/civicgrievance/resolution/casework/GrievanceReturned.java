package org.civicgrievance.resolution.casework;

import java.time.Instant;

/**
 * Payload of {@code grievance.returned}: a department sent the case back, saying why. Routing
 * places it on the next matching rule that does not name {@code department}, or parks it for triage.
 */
public record GrievanceReturned(String caseId, String trackingNumber, String department, String reason,
        String returnedBy, Instant returnedAt) {
}
