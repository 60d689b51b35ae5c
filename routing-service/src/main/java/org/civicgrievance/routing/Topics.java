package org.civicgrievance.routing;

/** Kafka topics, channels and event types of routing-service, in one place. */
public final class Topics {

    /** Read: cases accepted by intake. */
    public static final String GRIEVANCE_SUBMITTED_CHANNEL = "grievance-submitted";

    /** Read: cases a department sent back 退单, with its reason (emitted by resolution-service). */
    public static final String GRIEVANCE_RETURNED_CHANNEL = "grievance-returned";

    /** Emitted: a case placed on a department, with the rule that decided. */
    public static final String GRIEVANCE_ROUTED = "grievance.routed";

    private Topics() {
    }
}
