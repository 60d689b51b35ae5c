package org.civicgrievance.platform.inbox;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.civicgrievance.platform.events.CloudEvent;
import org.civicgrievance.platform.events.EventCodec;
import org.civicgrievance.platform.events.MalformedEventException;
import org.civicgrievance.platform.outbox.Outbox;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.MDC;

/**
 * Applies each event at most once per consuming service (named by {@code quarkus.application.name}).
 *
 * <p>The event id is recorded in the same transaction as the effect: a redelivery after a crash
 * either finds the id (and does nothing) or finds nothing because the effect rolled back too. Two
 * concurrent deliveries collide on the primary key and the loser rolls back, then finds the id.
 *
 * <p>Consumers receive what the connector polled as one batch ({@link #receiveAll}): the whole
 * batch is applied in one transaction, after one query for the events already applied, so a commit
 * (and its disk flush) is shared by up to {@code max.poll.records} events. Records are applied in the
 * order the partition holds them, so each case's events stay in order. The inbox entries of a batch,
 * and the events its effects emit, are each written in one statement ({@link Outbox#gathered}).
 *
 * <p>If the batch fails, its events are applied one by one, each in its own transaction. A failed
 * attempt (database unreachable, lock timeout, that collision) is retried with growing pauses,
 * holding the partition so later events of the case wait their turn. Only after
 * {@code grievance.inbox.retry-for} is the event parked on the dead-letter topic ({@link DeadLetters}).
 * An event that cannot be parsed is parked at once: retrying cannot help it.
 */
@ApplicationScoped
public class Inbox {

    private static final Duration FIRST_PAUSE = Duration.ofMillis(200);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(10);

    private final ProcessedEventRepository processed;
    private final DeadLetters deadLetters;
    private final Outbox outbox;
    private final EventCodec codec;
    private final Clock clock;
    private final String consumer;
    private final Duration retryFor;

    public Inbox(ProcessedEventRepository processed, DeadLetters deadLetters, Outbox outbox, EventCodec codec, Clock clock,
            @ConfigProperty(name = "quarkus.application.name") String consumer,
            @ConfigProperty(name = "grievance.inbox.retry-for", defaultValue = "PT2M") Duration retryFor) {
        this.processed = processed;
        this.deadLetters = deadLetters;
        this.outbox = outbox;
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
        return withCaseContext(event, () -> applyWithRetries(event, effect));
    }

    /**
     * Applies a polled batch of CloudEvents from {@code channel}, each at most once, in one
     * transaction if it can; see the class comment for what happens when it cannot.
     */
    public void receiveAll(String channel, ConsumerRecords<String, String> records, Consumer<CloudEvent> effect) {
        receiveAll(channel, records, events -> { }, effect);
    }

    /**
     * As {@link #receiveAll(String, ConsumerRecords, Consumer)}; first, in the batch's transaction,
     * {@code prepare} is given the events about to be applied (not those applied before), so that a
     * consumer loads what they concern in one query instead of one per event. When the batch fails and
     * its events are applied one by one, {@code effect} runs without it.
     */
    public void receiveAll(String channel, ConsumerRecords<String, String> records, Consumer<List<CloudEvent>> prepare,
            Consumer<CloudEvent> effect) {
        List<Received> received = new ArrayList<>(records.count());
        for (ConsumerRecord<String, String> record : records) {
            try {
                received.add(new Received(record, codec.parse(record.value())));
            } catch (MalformedEventException e) {
                deadLetters.park(channel, record, e);
            }
        }
        if (received.isEmpty()) {
            return;
        }
        MDC.put(BATCH_CASES, String.join(",", received.stream().map(each -> String.valueOf(each.event().subject())).toList()));
        try {
            QuarkusTransaction.requiringNew().run(() -> applyAll(received, prepare, effect));
        } catch (RuntimeException batchFailed) {
            Log.warnf("A batch of %d events failed (%s); applying them one by one", received.size(),
                    batchFailed.getMessage());
            for (Received each : received) {
                try {
                    withCaseContext(each.event(), () -> applyWithRetries(each.event(), effect));
                } catch (RuntimeException e) {
                    deadLetters.park(channel, each.record(), e);
                }
            }
        } finally {
            MDC.remove(BATCH_CASES);
        }
    }

    private record Received(ConsumerRecord<String, String> record, CloudEvent event) {
    }

    /** The log context's list of the cases a batch concerns, beside {@code caseId} of the one being applied. */
    public static final String BATCH_CASES = "batchCases";

    private void applyAll(List<Received> received, Consumer<List<CloudEvent>> prepare, Consumer<CloudEvent> effect) {
        Set<String> applied = processed.appliedAmong(consumer,
                received.stream().map(each -> each.event().id()).distinct().toList());
        List<CloudEvent> fresh = new ArrayList<>(received.size());
        for (Received each : received) {
            CloudEvent event = each.event();
            if (applied.add(event.id())) {
                fresh.add(event);
            } else {
                Log.debugf("Skipping %s %s: already processed by %s", event.type(), event.id(), consumer);
            }
        }
        if (fresh.isEmpty()) {
            return;
        }
        prepare.accept(fresh);
        outbox.gathered(() -> {
            for (CloudEvent event : fresh) {
                withCaseContext(event, () -> {
                    effect.accept(event);
                    return true;
                });
            }
        });
        processed.recordAll(consumer, fresh, clock.instant());
    }

    private static <T> T withCaseContext(CloudEvent event, java.util.function.Supplier<T> work) {
        MDC.put("caseId", event.subject());
        MDC.put("traceId", String.valueOf(event.traceid()));
        try {
            return work.get();
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
        processed.recordAll(consumer, List.of(event), clock.instant());
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
