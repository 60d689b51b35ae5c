package org.civicgrievance.platform.outbox;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.civicgrievance.platform.events.CloudEvent;
import org.civicgrievance.platform.events.EventCodec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The only way a service emits an event: the event row joins the caller's transaction, so it
 * exists if and only if the domain change committed. {@link OutboxRelay} publishes it to Kafka.
 */
@ApplicationScoped
public class Outbox {

    private final OutboxEventRepository repository;
    private final EventCodec codec;
    private final Event<OutboxEventRecorded> recorded;
    private final Clock clock;
    private final String source;

    public Outbox(OutboxEventRepository repository, EventCodec codec, Event<OutboxEventRecorded> recorded, Clock clock,
            @ConfigProperty(name = "grievance.events.source") String source) {
        this.repository = repository;
        this.codec = codec;
        this.recorded = recorded;
        this.clock = clock;
        this.source = source;
    }

    /**
     * Records an event about one case. Must run inside the transaction of the change it reports.
     *
     * @param caseId the CloudEvents subject and the Kafka key, which keeps a case's events in order
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent emit(String topic, String type, String caseId, String traceId, Object data) {
        CloudEvent event = CloudEvent.of(source, type, caseId, traceId, clock.instant(), codec.toTree(data));
        repository.persist(new OutboxEvent(event.id(), topic, caseId, type, codec.write(event), event.time()));
        recorded.fire(new OutboxEventRecorded(event.id()));
        return event;
    }
}
