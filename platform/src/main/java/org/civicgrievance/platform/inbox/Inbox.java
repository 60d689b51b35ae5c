package org.civicgrievance.platform.inbox;

import java.time.Clock;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;

import org.civicgrievance.platform.events.CloudEvent;
import org.civicgrievance.platform.events.EventCodec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.MDC;

/**
 * Applies each event at most once per consuming service (named by {@code quarkus.application.name}). The event id is recorded in the same transaction
 * as the effect: a redelivery after a crash either finds the id (and does nothing) or finds
 * nothing because the effect rolled back too. Two concurrent deliveries collide on the primary key
 * and the loser rolls back.
 */
@ApplicationScoped
public class Inbox {

    private final ProcessedEventRepository processed;
    private final EventCodec codec;
    private final Clock clock;
    private final String consumer;

    public Inbox(ProcessedEventRepository processed, EventCodec codec, Clock clock,
            @ConfigProperty(name = "quarkus.application.name") String consumer) {
        this.processed = processed;
        this.codec = codec;
        this.clock = clock;
        this.consumer = consumer;
    }

    /**
     * Parses a Kafka message as a CloudEvent and applies {@code effect} unless this service already
     * applied the same event. A message that is not a valid event throws
     * {@link org.civicgrievance.platform.events.MalformedEventException}, which sends it to the
     * dead-letter topic.
     *
     * @return whether the effect ran (false for a duplicate delivery)
     */
    @Transactional
    public boolean receive(String message, Consumer<CloudEvent> effect) {
        CloudEvent event = codec.parse(message);
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
