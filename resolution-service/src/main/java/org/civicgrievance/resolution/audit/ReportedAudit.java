package org.civicgrievance.resolution.audit;

import java.time.Instant;

/** Resolution's own reading of the {@code audit.recorded} payload other services emit. */
public record ReportedAudit(String actor, String actorRole, AuditAction action, String caseId, String department,
        String before, String after, String detail, Instant occurredAt) {
}
