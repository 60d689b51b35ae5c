package org.civicgrievance.intake;

/** Kafka topics, channels and event types of intake-service, in one place. */
public final class Topics {

    /** Emitted when a resident's case is accepted. */
    public static final String GRIEVANCE_SUBMITTED = "grievance.submitted";

    /** Emitted when a resident adds information to their open case. */
    public static final String GRIEVANCE_SUPPLEMENTED = "grievance.supplemented";

    /** Emitted when a resident rates a resolution; a dissatisfied rating reopens the case. */
    public static final String GRIEVANCE_EVALUATED = "grievance.evaluated";

    /** Read to keep the public status of each case current. */
    public static final String CASE_STATUS_CHANGED_CHANNEL = "case-status-changed";

    private Topics() {
    }
}
