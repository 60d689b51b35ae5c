package org.civicgrievance.intake.supplement;

import java.time.Instant;

/** Payload of {@code grievance.supplemented}: the department sees what the resident added. */
public record GrievanceSupplemented(String caseId, String trackingNumber, String supplementId, String text,
        Instant addedAt) {
}
