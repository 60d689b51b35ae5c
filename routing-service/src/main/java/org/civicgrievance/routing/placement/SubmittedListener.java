package org.civicgrievance.routing.placement;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.common.annotation.Blocking;

import org.civicgrievance.platform.inbox.Inbox;
import org.civicgrievance.routing.Topics;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Routes each case intake accepted, once, however often Kafka delivers its event. */
@ApplicationScoped
public class SubmittedListener {

    private final Inbox inbox;
    private final RoutingService routing;

    public SubmittedListener(Inbox inbox, RoutingService routing) {
        this.inbox = inbox;
        this.routing = routing;
    }

    @Incoming(Topics.GRIEVANCE_SUBMITTED_CHANNEL)
    @Blocking
    public void onSubmitted(String message) {
        inbox.receive(message, routing::place);
    }
}
