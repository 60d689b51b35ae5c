package org.civicgrievance.platform.outbox;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

import org.civicgrievance.platform.persistence.MultiRowInsert;

@ApplicationScoped
public class OutboxEventRepository implements PanacheRepository<OutboxEvent> {

    /**
     * The oldest unpublished rows, locked for this relay. Rows another replica's relay holds are
     * skipped rather than waited for, so several replicas drain the outbox side by side.
     *
     * <p>Native SQL because Hibernate's MySQL dialect writes {@code FOR UPDATE OF alias SKIP LOCKED},
     * which MariaDB rejects; the plain form works on MySQL 8 and MariaDB 10.6+ alike.
     */
    @SuppressWarnings("unchecked")
    public List<OutboxEvent> lockUnpublished(int limit) {
        return getEntityManager()
                .createNativeQuery("""
                        SELECT * FROM outbox_event WHERE published_at IS NULL
                        ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED""", OutboxEvent.class)
                .setParameter("limit", limit)
                .getResultList();
    }

    /** New rows, in one statement per hundred (their ids follow the order given). */
    public void insertAll(List<OutboxEvent> rows) {
        MultiRowInsert.insert(getEntityManager(), "outbox_event",
                List.of("event_id", "topic", "message_key", "event_type", "payload", "created_at"), rows,
                row -> List.of(row.getEventId(), row.getTopic(), row.getMessageKey(), row.getEventType(), row.getPayload(),
                        row.getCreatedAt()));
    }

    /** One statement for a whole batch; the rows stay locked by the claim until the relay commits. */
    public void markPublished(List<Long> ids, Instant when) {
        if (!ids.isEmpty()) {
            update("publishedAt = ?1 where id in ?2", when, ids);
        }
    }

    public List<OutboxEvent> findByKey(String messageKey) {
        return list("messageKey = ?1 order by id", messageKey);
    }

    public long deletePublishedBefore(Instant cutoff) {
        return delete("publishedAt is not null and publishedAt < ?1", cutoff);
    }
}
