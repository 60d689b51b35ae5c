package org.civicgrievance.resolution.audit;

import org.civicgrievance.resolution.casework.CaseStatus;

/** What an audit record reports. Stable names: inspectors filter and export by them. */
public enum AuditAction {
    /** The resident, or an operator for them, submitted the case (reported by intake-service). */
    CASE_SUBMITTED,
    /** A routing rule, or a dispatcher from the triage queue, placed the case on a department (reported by routing-service). */
    CASE_ROUTED,
    /** No rule placed the case; it waits for a dispatcher (reported by routing-service). */
    CASE_PARKED_FOR_TRIAGE,
    /**
     * A dispatcher split the case between departments: one linked case per department, each routed
     * with splitFrom naming this one (reported by routing-service).
     */
    CASE_SPLIT,
    CASE_QUEUED,
    CASE_CLAIMED,
    /** The handler started investigating, or resumed after waiting for the resident. */
    CASE_IN_PROGRESS,
    /** The handler asked the resident for information; the case's clocks are paused. */
    CASE_WAITING_FOR_RESIDENT,
    CASE_RESOLVED,
    /** The department sent the case back to routing with a reason. */
    CASE_RETURNED,
    /** The case was a duplicate and merged into another. */
    CASE_MERGED,
    /** An answer to an opinion form became this case (reported by intake-service, after CASE_SUBMITTED). */
    CASE_FROM_OPINION_ANSWER,
    /** The resident rated a resolution as dissatisfied; the case went back to its handler. */
    CASE_REOPENED,
    /** The resident rated a resolution as satisfied or basically satisfied. */
    CASE_CLOSED,
    /** The resident added information to the open case (reported by intake-service). */
    CASE_SUPPLEMENTED,
    /** The resident rated a resolution (reported by intake-service). */
    CASE_RATED,
    /** The resident added a photo to the open case (reported by intake-service). */
    CASE_PHOTO_ADDED,
    /** Someone was shown a resident's unmasked name, phone or e-mail. */
    CONTACT_VIEWED,
    /** A supervisor rated how a resolution was handled (the second of 一诺双评); not a change of the case's state. */
    HANDLING_RATED,
    /** An administrator drafted an opinion form 征求意见表 (reported by intake-service; no case). */
    FORM_CREATED,
    /** An administrator published an opinion form, freezing its questions (no case). */
    FORM_PUBLISHED,
    /** An administrator closed an opinion form before its closing time (no case). */
    FORM_CLOSED,
    /** An administrator (or intake's start-up configuration) issued an Open311 API key (reported by intake-service). */
    OPEN311_KEY_CREATED,
    /** An administrator revoked an Open311 API key (reported by intake-service). */
    OPEN311_KEY_REVOKED,
    /** An administrator created, changed, deactivated or reactivated a routing rule: a new version (reported by routing-service; no case). */
    ROUTING_RULE_CHANGED,
    /** An administrator created, changed, deactivated or reactivated a department: a new version (reported by routing-service; no case). */
    DEPARTMENT_CHANGED,
    /** An administrator created a business calendar or changed its week or special days: a new version (no case). */
    CALENDAR_CHANGED,
    /** An administrator created or changed a service commitment (deadline policy): a new version (no case). */
    DEADLINE_POLICY_CHANGED,
    /** 黄牌: a clock of the case used the configured share of its time (once per clock). */
    DEADLINE_YELLOW,
    /** 红牌: a clock of the case reached its due time (once per clock). */
    DEADLINE_RED,
    /**
     * The clock's calendar changed (a year's holidays were loaded, a day corrected) and its due time was
     * computed again from its start: before and after are the due times.
     */
    DEADLINE_RECOMPUTED,
    /** The handler asked for more time, with a reason the resident is shown. */
    EXTENSION_REQUESTED,
    /** A supervisor approved an extension: the clock's due time moved. */
    EXTENSION_APPROVED,
    /** A supervisor refused an extension: the due time stands. */
    EXTENSION_REFUSED;

    public static AuditAction enteringStatus(CaseStatus status) {
        return switch (status) {
            case QUEUED -> CASE_QUEUED;
            case CLAIMED -> CASE_CLAIMED;
            case IN_PROGRESS -> CASE_IN_PROGRESS;
            case WAITING_FOR_RESIDENT -> CASE_WAITING_FOR_RESIDENT;
            case RESOLVED -> CASE_RESOLVED;
            case RETURNED -> CASE_RETURNED;
            case MERGED -> CASE_MERGED;
            case REOPENED -> CASE_REOPENED;
            case CLOSED -> CASE_CLOSED;
        };
    }

    /** Part of a case's history: what happened to the case, not who looked at it or what was administered. */
    public boolean isStateChange() {
        return switch (this) {
            case CONTACT_VIEWED, HANDLING_RATED, FORM_CREATED, FORM_PUBLISHED, FORM_CLOSED, OPEN311_KEY_CREATED,
                    OPEN311_KEY_REVOKED, ROUTING_RULE_CHANGED, DEPARTMENT_CHANGED, CALENDAR_CHANGED,
                    DEADLINE_POLICY_CHANGED -> false;
            default -> true;
        };
    }
}
