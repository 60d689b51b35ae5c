package org.civicgrievance.platform.outbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

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
    private final ThreadLocal<List<OutboxEvent>> gathering = new ThreadLocal<>();

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
        OutboxEvent row = new OutboxEvent(event.id(), topic, caseId, type, codec.write(event), event.time());
        List<OutboxEvent> gathered = gathering.get();
        if (gathered != null) {
            gathered.add(row);
        } else {
            repository.persist(row);
        }
        recorded.fire(new OutboxEventRecorded(event.id()));
        return event;
    }

    /**
     * Runs {@code work} (inside a transaction) with the events it emits on this thread gathered and
     * written when it returns, in one statement instead of one each, in the order emitted: a consumer's
     * batch emits up to one event per record. If {@code work} fails, nothing is written (and its
     * transaction rolls back). Nested calls join the outer one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void gathered(Runnable work) {
        if (gathering.get() != null) {
            work.run();
            return;
        }
        List<OutboxEvent> rows = new ArrayList<>();
        gathering.set(rows);
        try {
            work.run();
        } finally {
            gathering.remove();
        }
        repository.insertAll(rows);
    }
}
