package org.civicgrievance.platform.outbox;

/** CDI event fired inside the writing transaction; observed after commit to publish without waiting for the sweep. */
record OutboxEventRecorded(String eventId) {
}
