package org.civicgrievance.platform.inbox;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ProcessedEventRepository implements PanacheRepositoryBase<ProcessedEvent, ProcessedEvent.Key> {

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
