package org.civicgrievance.platform.inbox;

import java.time.Clock;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;

import org.civicgrievance.platform.events.CloudEvent;
import org.jboss.logging.MDC;

/**
 * Applies each event at most once per consumer. The event id is recorded in the same transaction
 * as the effect: a redelivery after a crash either finds the id (and does nothing) or finds
 * nothing because the effect rolled back too. Two concurrent deliveries collide on the primary key
 * and the loser rolls back.
 */
@ApplicationScoped
public class Inbox {

    private final ProcessedEventRepository processed;
    private final Clock clock;

    public Inbox(ProcessedEventRepository processed, Clock clock) {
        this.processed = processed;
        this.clock = clock;
    }

    /** @return whether the effect ran (false for a duplicate delivery) */
    @Transactional
    public boolean processOnce(String consumer, CloudEvent event, Consumer<CloudEvent> effect) {
        MDC.put("caseId", event.subject());
        MDC.put("traceId", String.valueOf(event.traceid()));
        try {
            ProcessedEvent.Key key = new ProcessedEvent.Key(consumer, event.id());
            if (processed.findById(key) != null) {
                Log.debugf("Skipping %s %s: already processed by %s", event.type(), event.id(), consumer);
                return false;
            }
            effect.accept(event);
            processed.persist(new ProcessedEvent(key, event.type(), clock.instant()));
            return true;
        } finally {
            MDC.remove("caseId");
            MDC.remove("traceId");
        }
    }
}
