package org.civicgrievance.platform.inbox;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Proof that a consumer applied an event; its primary key makes a second application impossible. */
@Entity
@Table(name = "inbox_processed_event")
public class ProcessedEvent {

    @Embeddable
    public record Key(
            @Column(length = 64, nullable = false) String consumer,
            @Column(name = "event_id", length = 36, nullable = false) String eventId) {
    }

    @EmbeddedId
    private Key key;

    @Column(name = "event_type", length = 100, nullable = false)
    private String eventType;

    @Column(name = "processed_at", nullable = false)
    private Instant processedAt;

    /** Rows are written by {@link ProcessedEventRepository#recordAll}, a batch in one statement; this class reads them. */
    protected ProcessedEvent() {
    }

    public Key getKey() {
        return key;
    }

    public String getEventType() {
        return eventType;
    }

    public Instant getProcessedAt() {
        return processedAt;
    }
}
