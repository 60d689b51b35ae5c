package org.civicgrievance.resolution.casework;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.common.annotation.Blocking;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.civicgrievance.platform.inbox.Inbox;
import org.civicgrievance.resolution.Topics;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Queues each case routing placed here, once, however often Kafka delivers its event. */
@ApplicationScoped
public class RoutedListener {

    private final Inbox inbox;
    private final CaseworkService casework;

    public RoutedListener(Inbox inbox, CaseworkService casework) {
        this.inbox = inbox;
        this.casework = casework;
    }

    @Incoming(Topics.GRIEVANCE_ROUTED_CHANNEL)
    @Blocking
    public void onRouted(ConsumerRecords<String, String> records) {
        inbox.receiveAll(Topics.GRIEVANCE_ROUTED_CHANNEL, records, casework::receive);
    }
}
