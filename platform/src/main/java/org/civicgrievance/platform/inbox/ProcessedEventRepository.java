package org.civicgrievance.platform.inbox;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import org.civicgrievance.platform.events.CloudEvent;
import org.civicgrievance.platform.persistence.MultiRowInsert;

@ApplicationScoped
public class ProcessedEventRepository implements PanacheRepositoryBase<ProcessedEvent, ProcessedEvent.Key> {

    /**
     * Records that {@code consumer} applied these events, in the caller's transaction, with one
     * statement for a whole batch. An event recorded already makes it, and so the transaction, fail:
     * the inbox then applies the batch one by one.
     */
    public void recordAll(String consumer, List<CloudEvent> events, Instant at) {
        MultiRowInsert.insert(getEntityManager(), "inbox_processed_event",
                List.of("consumer", "event_id", "event_type", "processed_at"), events,
                event -> List.of(consumer, event.id(), event.type(), at));
    }

    /** Which of these events {@code consumer} applied before: one query for a whole batch. */
    public Set<String> appliedAmong(String consumer, Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(getEntityManager().createQuery(
                "select e.key.eventId from ProcessedEvent e where e.key.consumer = :consumer and e.key.eventId in :ids",
                String.class)
                .setParameter("consumer", consumer)
                .setParameter("ids", eventIds)
                .getResultList());
    }
}
