package org.civicgrievance.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Named;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.civicgrievance.platform.events.CloudEvent;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Publishes outbox rows to Kafka and marks them published.
 *
 * <p>A drain starts right after each commit that recorded an event (low latency) and on a periodic
 * sweep (for what a crash or a broker outage left behind). Drains run on one thread per instance,
 * which keeps rows in insertion order; rows are claimed with {@code SKIP LOCKED} so replicas share
 * the work. A crash after the send and before the commit republishes a row: consumers are
 * idempotent, so that duplicate changes nothing.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

    private final OutboxEventRepository repository;
    private final Producer<String, String> producer;
    private final Clock clock;
    private final int batchSize;
    private final Duration retention;
    private final boolean enabled;
    private final AtomicBoolean drainRequested = new AtomicBoolean();
    private volatile boolean stopping;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "outbox-relay");
        thread.setDaemon(true);
        return thread;
    });

    public OutboxRelay(OutboxEventRepository repository, @Named("outbox") Producer<String, String> producer, Clock clock,
            @ConfigProperty(name = "grievance.outbox.batch-size", defaultValue = "100") int batchSize,
            @ConfigProperty(name = "grievance.outbox.retention", defaultValue = "P7D") Duration retention,
            @ConfigProperty(name = "grievance.outbox.relay-enabled", defaultValue = "true") boolean enabled) {
        this.repository = repository;
        this.producer = producer;
        this.clock = clock;
        this.batchSize = batchSize;
        this.retention = retention;
        this.enabled = enabled;
        if (!enabled) {
            Log.warn("Outbox relay is disabled (grievance.outbox.relay-enabled=false): events are stored, not published");
        }
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxEventRecorded recorded) {
        requestDrain();
    }

    @Scheduled(every = "${grievance.outbox.sweep-interval:2s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        requestDrain();
    }

    /** Published rows are kept for a while for diagnosis; the audit trail, not the outbox, is the record. */
    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgePublished() {
        long purged = QuarkusTransaction.requiringNew()
                .call(() -> repository.deletePublishedBefore(clock.instant().minus(retention)));
        if (purged > 0) {
            Log.infof("Purged %d published outbox rows", purged);
        }
    }

    /**
     * Coalesces requests: at most one drain is queued behind the running one. A disabled relay
     * (operators holding events during broker maintenance; the crash tests, to stop a service
     * between its commit and its send) keeps every event in the table until it is enabled again.
     */
    public void requestDrain() {
        if (enabled && !stopping && drainRequested.compareAndSet(false, true)) {
            worker.execute(this::drain);
        }
    }

    private void drain() {
        drainRequested.set(false);
        try {
            while (publishBatch() == batchSize) {
                // a full batch means more may be waiting
            }
        } catch (RuntimeException e) {
            Log.warnf("Outbox relay could not publish, will retry on the next sweep: %s", e.getMessage());
        }
    }

    /**
     * Claims a batch, sends it and marks what Kafka acknowledged, in one statement. The first failure ends the batch:
     * the rows before it are marked, the rest wait for the next sweep, so an unreachable broker
     * costs one send timeout per sweep rather than one per row.
     */
    private int publishBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<OutboxEvent> batch = repository.lockUnpublished(batchSize);
            List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
            RuntimeException failure = null;
            for (OutboxEvent row : batch) {
                try {
                    acks.add(producer.send(toRecord(row)));
                } catch (RuntimeException e) {
                    failure = e;
                    break;
                }
            }
            int published = 0;
            for (Future<RecordMetadata> ack : acks) {
                try {
                    awaitAck(ack);
                } catch (RuntimeException e) {
                    failure = failure == null ? e : failure;
                    break;
                }
                published++;
            }
            repository.markPublished(batch.subList(0, published).stream().map(OutboxEvent::getId).toList(),
                    clock.instant());
            if (failure != null) {
                Log.warnf("Outbox relay published %d of %d events, the rest wait for the next sweep: %s", published,
                        batch.size(), failure.getMessage());
                return 0;
            }
            return published;
        });
    }

    private static ProducerRecord<String, String> toRecord(OutboxEvent row) {
        ProducerRecord<String, String> record = new ProducerRecord<>(row.getTopic(), row.getMessageKey(), row.getPayload());
        record.headers()
                .add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8))
                .add("ce_id", row.getEventId().getBytes(StandardCharsets.UTF_8))
                .add("ce_type", row.getEventType().getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private static void awaitAck(Future<RecordMetadata> ack) {
        try {
            ack.get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not acknowledge: " + e.getMessage(), e);
        }
    }

    /**
     * Stops draining when the application shuts down, before the database pool closes; a drain in
     * flight gets a few seconds to finish, and anything left is published after the next start.
     */
    void onShutdown(@Observes ShutdownEvent shutdown) {
        stop();
    }

    @PreDestroy
    void stop() {
        stopping = true;
        worker.shutdown();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
