package org.civicgrievance.routing.placement;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.common.annotation.Blocking;

import org.civicgrievance.platform.events.EventCodec;
import org.civicgrievance.platform.inbox.Inbox;
import org.civicgrievance.routing.Topics;
import org.eclipse.microprofile.reactive.messaging.Incoming;

@ApplicationScoped
public class SubmittedListener {

    private final Inbox inbox;
    private final EventCodec codec;
    private final RoutingService routing;

    public SubmittedListener(Inbox inbox, EventCodec codec, RoutingService routing) {
        this.inbox = inbox;
        this.codec = codec;
        this.routing = routing;
    }

    @Incoming(Topics.GRIEVANCE_SUBMITTED_CHANNEL)
    @Blocking
    public void onSubmitted(String message) {
        inbox.processOnce(Topics.CONSUMER, codec.parse(message), routing::place);
    }
}
