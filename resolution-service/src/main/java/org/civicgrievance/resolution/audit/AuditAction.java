package org.civicgrievance.resolution.audit;

import org.civicgrievance.resolution.casework.CaseStatus;

/** What an audit record reports. Stable names: inspectors filter and export by them. */
public enum AuditAction {
    /** The resident, or an operator for them, submitted the case (reported by intake-service). */
    CASE_SUBMITTED,
    /** A routing rule placed the case on a department (reported by routing-service). */
    CASE_ROUTED,
    /** No rule placed the case; it waits for a dispatcher (reported by routing-service). */
    CASE_PARKED_FOR_TRIAGE,
    CASE_QUEUED,
    CASE_CLAIMED,
    CASE_RESOLVED,
    /** Someone was shown a resident's unmasked name, phone or e-mail. */
    CONTACT_VIEWED;

    public static AuditAction enteringStatus(CaseStatus status) {
        return switch (status) {
            case QUEUED -> CASE_QUEUED;
            case CLAIMED -> CASE_CLAIMED;
            case RESOLVED -> CASE_RESOLVED;
        };
    }

    public boolean isStateChange() {
        return this != CONTACT_VIEWED;
    }
}
