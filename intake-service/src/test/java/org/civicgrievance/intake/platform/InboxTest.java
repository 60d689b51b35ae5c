package org.civicgrievance.intake.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;

import org.civicgrievance.platform.events.CloudEvent;
import org.civicgrievance.platform.events.EventCodec;
import org.civicgrievance.platform.events.MalformedEventException;
import org.civicgrievance.platform.inbox.Inbox;
import org.junit.jupiter.api.Test;

/** The shared inbox, on this service's real database: once per event, retried when an attempt fails. */
@QuarkusTest
class InboxTest {

    @Inject
    Inbox inbox;

    @Inject
    EventCodec codec;

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
}
