package org.civicgrievance.intake;

/** Kafka topics, channels and event types of intake-service, in one place. */
public final class Topics {

    /** Emitted when a resident's case is accepted. */
    public static final String GRIEVANCE_SUBMITTED = "grievance.submitted";

    /** Read to keep the public status of each case current. */
    public static final String CASE_STATUS_CHANGED_CHANNEL = "case-status-changed";

    private Topics() {
    }
}
