package org.civicgrievance.resolution.deadline.recomputation;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class RecomputationRepository implements PanacheRepositoryBase<ClockRecomputation, Long> {

    /**
     * The oldest unfinished recomputation, locked for this transaction; one another replica is working
     * on is skipped, not waited for. Native SQL: MariaDB refuses Hibernate's {@code FOR UPDATE OF alias}.
     */
    public Optional<ClockRecomputation> claimOpen() {
        List<?> ids = getEntityManager().createNativeQuery("""
                SELECT id FROM clock_recomputation WHERE finished_at IS NULL
                ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED""").getResultList();
        return ids.isEmpty() ? Optional.empty() : findByIdOptional(((Number) ids.get(0)).longValue());
    }
}
