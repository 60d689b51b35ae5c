package org.civicgrievance.routing.placement;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.common.annotation.Blocking;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.civicgrievance.platform.inbox.Inbox;
import org.civicgrievance.routing.Topics;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Routes each case intake accepted, and again each case a department returned, once, however often
 * Kafka delivers the event.
 */
@ApplicationScoped
public class RoutingListener {

    private final Inbox inbox;
    private final RoutingService routing;

    public RoutingListener(Inbox inbox, RoutingService routing) {
        this.inbox = inbox;
        this.routing = routing;
    }

    @Incoming(Topics.GRIEVANCE_SUBMITTED_CHANNEL)
    @Blocking
    public void onSubmitted(ConsumerRecords<String, String> records) {
        inbox.receiveAll(Topics.GRIEVANCE_SUBMITTED_CHANNEL, records, routing::place);
    }

    @Incoming(Topics.GRIEVANCE_RETURNED_CHANNEL)
    @Blocking
    public void onReturned(ConsumerRecords<String, String> records) {
        inbox.receiveAll(Topics.GRIEVANCE_RETURNED_CHANNEL, records, routing::placeAgain);
    }
}
