package org.civicgrievance.resolution.audit;

import java.time.Instant;

import org.civicgrievance.platform.security.Roles;

/**
 * Resolution's reading of the {@code grievance.submitted} payload: only what the audit trail's first
 * entry says. The submission itself reaches this service through routing, placed.
 *
 * @param recordedBy the operator who recorded the case on the resident's behalf, or null
 */
public record SubmittedCase(String caseId, String trackingNumber, String kind, String channel, String recordedBy,
        Instant submittedAt) {

    AuditRecord.Entry entry(String traceId) {
        String actor = recordedBy == null ? Roles.RESIDENT : recordedBy;
        return new AuditRecord.Entry(actor, recordedBy == null ? Roles.RESIDENT : Roles.OPERATOR, AuditAction.CASE_SUBMITTED, caseId,
                null, null, "SUBMITTED", "%s %s via %s".formatted(kind, trackingNumber, channel), traceId);
    }
}
