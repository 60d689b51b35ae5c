package org.civicgrievance.intake.status;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.civicgrievance.intake.Topics;
import org.civicgrievance.intake.grievance.GrievanceRepository;
import org.civicgrievance.platform.events.CloudEvent;
import org.civicgrievance.platform.events.EventCodec;
import org.civicgrievance.platform.inbox.Inbox;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the residents' read model of each case's status current, and its history. */
@ApplicationScoped
public class CaseStatusListener {

    private final Inbox inbox;
    private final EventCodec codec;
    private final GrievanceRepository grievances;
    private final StatusUpdateRepository history;
    private final SplitParts parts;

    public CaseStatusListener(Inbox inbox, EventCodec codec, GrievanceRepository grievances,
            StatusUpdateRepository history, SplitParts parts) {
        this.inbox = inbox;
        this.codec = codec;
        this.grievances = grievances;
        this.history = history;
        this.parts = parts;
    }

    @Incoming(Topics.CASE_STATUS_CHANGED_CHANNEL)
    @Blocking
    public void onStatusChanged(ConsumerRecords<String, String> records) {
        inbox.receiveAll(Topics.CASE_STATUS_CHANGED_CHANNEL, records,
                events -> grievances.load(events.stream().map(CloudEvent::subject).distinct().toList()), this::apply);
    }

    private void apply(CloudEvent event) {
        CaseStatusChanged change = codec.data(event, CaseStatusChanged.class);
        grievances.findByIdOptional(event.subject()).or(() -> parts.firstNewsOf(event.subject(), change)).ifPresentOrElse(
                grievance -> {
                    if (grievance.applyStatus(change.sequence(), change.status(), change.statusText(),
                            change.department(), change.changedAt(), change.resolutionDueAt(),
                            change.resolutionDueProvisional())) {
                        // same transaction as the read model and the inbox entry: history has each change once
                        history.persist(StatusUpdate.enteredBy(grievance, change));
                    } else {
                        Log.debugf("Ignored stale status %s (sequence %d)", change.status(), change.sequence());
                    }
                },
                () -> Log.warnf("Status change for a case intake does not know: %s", event.subject()));
    }
}
