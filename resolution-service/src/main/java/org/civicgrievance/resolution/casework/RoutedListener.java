package org.civicgrievance.resolution.casework;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.common.annotation.Blocking;

import org.civicgrievance.platform.events.EventCodec;
import org.civicgrievance.platform.inbox.Inbox;
import org.civicgrievance.resolution.Topics;
import org.eclipse.microprofile.reactive.messaging.Incoming;

@ApplicationScoped
public class RoutedListener {

    private final Inbox inbox;
    private final EventCodec codec;
    private final CaseworkService casework;

    public RoutedListener(Inbox inbox, EventCodec codec, CaseworkService casework) {
        this.inbox = inbox;
        this.codec = codec;
        this.casework = casework;
    }

    @Incoming(Topics.GRIEVANCE_ROUTED_CHANNEL)
    @Blocking
    public void onRouted(String message) {
        inbox.processOnce(Topics.CONSUMER, codec.parse(message), casework::receive);
    }
}
