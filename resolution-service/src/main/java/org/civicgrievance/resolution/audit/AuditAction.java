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
    /** The resident rated a resolution as dissatisfied; the case went back to its handler. */
    CASE_REOPENED,
    /** The resident rated a resolution as satisfied or basically satisfied. */
    CASE_CLOSED,
    /** The resident added information to the open case (reported by intake-service). */
    CASE_SUPPLEMENTED,
    /** The resident rated a resolution (reported by intake-service). */
    CASE_RATED,
    /** Someone was shown a resident's unmasked name, phone or e-mail. */
    CONTACT_VIEWED,
    /** An administrator (or intake's start-up configuration) issued an Open311 API key (reported by intake-service). */
    OPEN311_KEY_CREATED,
    /** An administrator revoked an Open311 API key (reported by intake-service). */
    OPEN311_KEY_REVOKED;

    public static AuditAction enteringStatus(CaseStatus status) {
        return switch (status) {
            case QUEUED -> CASE_QUEUED;
            case CLAIMED -> CASE_CLAIMED;
            case RESOLVED -> CASE_RESOLVED;
            case REOPENED -> CASE_REOPENED;
            case CLOSED -> CASE_CLOSED;
        };
    }

    /** A change of a case's state, as its history shows it; views and administration are not. */
    public boolean isStateChange() {
        return switch (this) {
            case CONTACT_VIEWED, OPEN311_KEY_CREATED, OPEN311_KEY_REVOKED -> false;
            default -> true;
        };
    }
}
