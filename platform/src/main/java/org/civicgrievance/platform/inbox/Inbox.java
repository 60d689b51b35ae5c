package org.civicgrievance.platform.inbox;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

import org.civicgrievance.platform.events.CloudEvent;
import org.civicgrievance.platform.events.EventCodec;
import org.civicgrievance.platform.events.MalformedEventException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.MDC;

/**
 * Applies each event at most once per consuming service (named by {@code quarkus.application.name}).
 *
 * <p>The event id is recorded in the same transaction as the effect: a redelivery after a crash
 * either finds the id (and does nothing) or finds nothing because the effect rolled back too. Two
 * concurrent deliveries collide on the primary key and the loser rolls back, then finds the id.
 *
 * <p>A failed attempt (database unreachable, lock timeout, that collision) is retried with growing
 * pauses, holding the partition so later events of the case wait their turn. Only after
 * {@code grievance.inbox.retry-for} does the failure reach the connector, which parks the event on
 * the dead-letter topic. An event that cannot be parsed is parked at once: retrying cannot help it.
 */
@ApplicationScoped
public class Inbox {

    private static final Duration FIRST_PAUSE = Duration.ofMillis(200);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(10);

    private final ProcessedEventRepository processed;
    private final EventCodec codec;
    private final Clock clock;
    private final String consumer;
    private final Duration retryFor;

    public Inbox(ProcessedEventRepository processed, EventCodec codec, Clock clock,
            @ConfigProperty(name = "quarkus.application.name") String consumer,
            @ConfigProperty(name = "grievance.inbox.retry-for", defaultValue = "PT2M") Duration retryFor) {
        this.processed = processed;
        this.codec = codec;
        this.clock = clock;
        this.consumer = consumer;
        this.retryFor = retryFor;
    }

    /**
     * Parses a Kafka message as a CloudEvent and applies {@code effect} in a transaction, unless this
     * service applied the same event before.
     *
     * @return whether the effect ran (false for a duplicate delivery)
     * @throws MalformedEventException if the message is not a valid event or its data cannot be read
     */
    public boolean receive(String message, Consumer<CloudEvent> effect) {
        CloudEvent event = codec.parse(message);
        MDC.put("caseId", event.subject());
        MDC.put("traceId", String.valueOf(event.traceid()));
        try {
            return applyWithRetries(event, effect);
        } finally {
            MDC.remove("caseId");
            MDC.remove("traceId");
        }
    }

    private boolean applyWithRetries(CloudEvent event, Consumer<CloudEvent> effect) {
        long giveUpAt = System.nanoTime() + retryFor.toNanos();
        Duration pause = FIRST_PAUSE;
        while (true) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> applyOnce(event, effect));
            } catch (RuntimeException e) {
                if (isMalformed(e) || System.nanoTime() + pause.toNanos() > giveUpAt) {
                    throw e;
                }
                Log.warnf("Applying %s %s failed, retrying in %d ms: %s", event.type(), event.id(), pause.toMillis(),
                        e.getMessage());
                sleep(pause);
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    private boolean applyOnce(CloudEvent event, Consumer<CloudEvent> effect) {
        ProcessedEvent.Key key = new ProcessedEvent.Key(consumer, event.id());
        if (processed.findById(key) != null) {
            Log.debugf("Skipping %s %s: already processed by %s", event.type(), event.id(), consumer);
            return false;
        }
        effect.accept(event);
        processed.persist(new ProcessedEvent(key, event.type(), clock.instant()));
        return true;
    }

    private static boolean isMalformed(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MalformedEventException) {
                return true;
            }
        }
        return false;
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry", e);
        }
    }
}
