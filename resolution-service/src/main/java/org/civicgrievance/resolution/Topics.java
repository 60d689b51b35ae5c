package org.civicgrievance.resolution;

/** Kafka topics, channels and event types of resolution-service, in one place. */
public final class Topics {

    /** Read: cases placed on a department by routing. */
    public static final String GRIEVANCE_ROUTED_CHANNEL = "grievance-routed";

    /** Read: state changes other services report for the audit trail, which this service keeps. */
    public static final String AUDIT_RECORDED_CHANNEL = "audit-recorded";

    /** Read: cases residents submitted, for the audit trail's first entry (routing places them). */
    public static final String GRIEVANCE_SUBMITTED_CHANNEL = "grievance-submitted";

    /** Read: information residents add to their open case. */
    public static final String GRIEVANCE_SUPPLEMENTED_CHANNEL = "grievance-supplemented";

    /** Read: residents' ratings of resolutions. */
    public static final String GRIEVANCE_EVALUATED_CHANNEL = "grievance-evaluated";

    /** Emitted: every change a resident should see, in plain words in both languages. */
    public static final String CASE_STATUS_CHANGED = "case.status-changed";

    /** Emitted: a department sent a case back to routing, with its reason. */
    public static final String GRIEVANCE_RETURNED = "grievance.returned";

    /** Emitted: a case's clock reached a warning level (yellow, red), once per level. */
    public static final String CASE_OVERDUE = "case.overdue";

    private Topics() {
    }
}
