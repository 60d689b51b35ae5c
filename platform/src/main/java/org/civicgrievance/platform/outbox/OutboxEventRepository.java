package org.civicgrievance.platform.outbox;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class OutboxEventRepository implements PanacheRepository<OutboxEvent> {

    /** JPA lock-timeout value that Hibernate renders as {@code SKIP LOCKED}. */
    private static final int SKIP_LOCKED = -2;

    /**
     * The oldest unpublished rows, locked for this relay. Rows another replica's relay holds are
     * skipped rather than waited for, so several replicas drain the outbox side by side.
     */
    public List<OutboxEvent> lockUnpublished(int limit) {
        return getEntityManager()
                .createQuery("from OutboxEvent e where e.publishedAt is null order by e.id", OutboxEvent.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
                .setMaxResults(limit)
                .getResultList();
    }

    public long countUnpublished() {
        return count("publishedAt is null");
    }

    public List<OutboxEvent> findByKey(String messageKey) {
        return list("messageKey = ?1 order by id", messageKey);
    }

    public long deletePublishedBefore(Instant cutoff) {
        return delete("publishedAt is not null and publishedAt < ?1", cutoff);
    }
}
