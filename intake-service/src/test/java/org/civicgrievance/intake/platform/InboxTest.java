package org.civicgrievance.intake.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.civicgrievance.infra.test.StatementLog;
import org.civicgrievance.infra.test.TopicProbe;
import org.civicgrievance.platform.events.CloudEvent;
import org.civicgrievance.platform.events.EventCodec;
import org.civicgrievance.platform.events.MalformedEventException;
import org.civicgrievance.platform.inbox.Inbox;
import org.civicgrievance.platform.outbox.Outbox;
import org.civicgrievance.platform.outbox.OutboxEventRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The shared inbox, on this service's real database and broker: once per event, a batch in one
 * transaction, retried when an attempt fails, parked when it cannot succeed.
 */
@QuarkusTest
class InboxTest {

    @Inject
    Inbox inbox;

    @Inject
    EventCodec codec;

    @Inject
    Outbox outbox;

    @Inject
    OutboxEventRepository outboxRows;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private String anEvent() {
        String caseId = UUID.randomUUID().toString();
        return codec.write(CloudEvent.of("/test", "test.happened", caseId, "0123456789abcdef0123456789abcdef",
                Instant.now(), codec.toTree(Map.of("caseId", caseId))));
    }

    @Test
    void anEventIsAppliedOnceHoweverOftenItIsDelivered() {
        String message = anEvent();
        AtomicInteger applied = new AtomicInteger();

        assertTrue(inbox.receive(message, event -> applied.incrementAndGet()));
        assertFalse(inbox.receive(message, event -> applied.incrementAndGet()));
        assertFalse(inbox.receive(message, event -> applied.incrementAndGet()));
        assertEquals(1, applied.get());
    }

    @Test
    void aFailedAttemptIsRolledBackAndRetried() {
        String message = anEvent();
        AtomicInteger attempts = new AtomicInteger();

        boolean applied = inbox.receive(message, event -> {
            if (attempts.incrementAndGet() < 3) {
                throw new IllegalStateException("database briefly unreachable");
            }
        });

        assertTrue(applied);
        assertEquals(3, attempts.get(), "two failures, then success");
        assertFalse(inbox.receive(message, event -> attempts.incrementAndGet()), "recorded once it succeeded");
    }

    @Test
    void anEventWhoseDataCannotBeReadIsNotRetried() {
        String message = anEvent();
        AtomicInteger attempts = new AtomicInteger();

        assertThrows(MalformedEventException.class, () -> inbox.receive(message, event -> {
            attempts.incrementAndGet();
            throw new MalformedEventException("data is not what this consumer reads");
        }));
        assertEquals(1, attempts.get());
    }

    @Test
    void aMessageThatIsNotACloudEventIsRefused() {
        assertThrows(MalformedEventException.class, () -> inbox.receive("{\"hello\":\"world\"}", event -> {
        }));
        assertThrows(MalformedEventException.class, () -> inbox.receive("not json", event -> {
        }));
    }

    @Test
    void aBatchIsAppliedInItsOrderWithOneInboxQueryAndItsUnreadableRecordParked() throws Exception {
        List<String> messages = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            messages.add(anEvent());
        }
        inbox.receive(messages.get(4), event -> {
        }); // applied before: its redelivery in the batch changes nothing
        String poison = "not json " + UUID.randomUUID();
        List<String> batch = new ArrayList<>(messages);
        batch.add(2, poison);
        batch.add(messages.get(7)); // delivered twice within one batch

        List<String> applied = new ArrayList<>();
        List<List<String>> prepared = new ArrayList<>();
        List<String> statements = StatementLog.ofThisThread(() -> inbox.receiveAll(CHANNEL, records(batch),
                events -> prepared.add(events.stream().map(CloudEvent::subject).toList()),
                event -> applied.add(event.subject())));

        List<String> expected = new ArrayList<>(messages.stream().map(message -> codec.parse(message).subject()).toList());
        expected.remove(4);
        assertEquals(expected, applied, "each new event once, in the partition's order");
        assertEquals(List.of(expected), prepared, "prepared once, with the events about to be applied");
        assertEquals(1, statements.stream().filter(sql -> sql.startsWith("select")).count(), statements.toString());
        try (TopicProbe deadLetters = TopicProbe.reading(bootstrapServers, "dead-letter-topic-" + CHANNEL)) {
            assertEquals(1, deadLetters.await(record -> poison.equals(record.value()), 1, Duration.ofSeconds(30)).size());
        }
    }

    @Test
    void theEventsABatchEmitsAreWrittenInOneStatementInTheOrderEmitted() {
        List<String> messages = List.of(anEvent(), anEvent(), anEvent());
        List<String> subjects = messages.stream().map(message -> codec.parse(message).subject()).toList();

        List<String> statements = StatementLog.ofThisThread(() -> inbox.receiveAll(CHANNEL, records(messages),
                event -> outbox.emit("inbox-test-out", "test.answered", event.subject(), event.traceid(), Map.of())));

        assertEquals(1, statements.stream().filter(sql -> sql.startsWith("insert into outbox_event")).count(),
                statements.toString());
        assertEquals(1, statements.stream().filter(sql -> sql.startsWith("insert into inbox_processed_event")).count(),
                statements.toString());
        List<Long> ids = subjects.stream()
                .map(subject -> QuarkusTransaction.requiringNew().call(() -> outboxRows.findByKey(subject)))
                .map(rows -> rows.stream().filter(row -> row.getTopic().equals("inbox-test-out")).findFirst().orElseThrow().getId())
                .toList();
        assertEquals(ids.stream().sorted().toList(), ids, "ids follow the order of emission");
    }

    @Test
    void aBatchThatFailsLeavesNoneOfItsEventsAndIsAppliedOneByOne() {
        List<String> messages = List.of(anEvent(), anEvent());
        String failing = codec.parse(messages.get(1)).subject();
        AtomicInteger attempts = new AtomicInteger();

        inbox.receiveAll(CHANNEL, records(messages), event -> {
            outbox.emit("inbox-test-out", "test.answered", event.subject(), event.traceid(), Map.of());
            if (event.subject().equals(failing) && attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("lock wait timeout");
            }
        });

        for (String message : messages) {
            String subject = codec.parse(message).subject();
            assertEquals(1, QuarkusTransaction.requiringNew().call(() -> outboxRows.findByKey(subject)).size(),
                    "one event for " + subject + ": the failed batch's rows were rolled back");
        }
    }

    @Test
    void anEventThatCannotBeAppliedIsParkedAndTheRestOfItsBatchApplied() throws Exception {
        List<String> messages = List.of(anEvent(), anEvent(), anEvent(), anEvent());
        String unreadable = codec.parse(messages.get(2)).subject();
        List<String> applied = new ArrayList<>();

        inbox.receiveAll(CHANNEL, records(messages), event -> {
            if (event.subject().equals(unreadable)) {
                throw new MalformedEventException("data is not what this consumer reads");
            }
            applied.add(event.subject());
        });

        // the batch's transaction rolled back at the third event; then one by one, and the third parked
        List<String> others = messages.stream().map(message -> codec.parse(message).subject())
                .filter(subject -> !subject.equals(unreadable)).toList();
        assertEquals(others, applied.subList(applied.size() - 3, applied.size()));
        for (int other : List.of(0, 1, 3)) {
            assertFalse(inbox.receive(messages.get(other), event -> {
            }), "recorded as applied");
        }
        try (TopicProbe deadLetters = TopicProbe.reading(bootstrapServers, "dead-letter-topic-" + CHANNEL)) {
            assertEquals(1, deadLetters.await(record -> messages.get(2).equals(record.value()), 1, Duration.ofSeconds(30))
                    .size());
        }
    }

    private static final String CHANNEL = "inbox-test";

    private static ConsumerRecords<String, String> records(List<String> values) {
        return TopicProbe.polled(CHANNEL, values);
    }
}
