package org.civicgrievance.resolution;

/** Kafka topics, channels and event types of resolution-service, in one place. */
public final class Topics {

    /** Read: cases placed on a department by routing. */
    public static final String GRIEVANCE_ROUTED_CHANNEL = "grievance-routed";

    /** Read: state changes other services report for the audit trail, which this service keeps. */
    public static final String AUDIT_RECORDED_CHANNEL = "audit-recorded";

    /** Emitted: every change a resident should see, in plain words in both languages. */
    public static final String CASE_STATUS_CHANGED = "case.status-changed";

    private Topics() {
    }
}
