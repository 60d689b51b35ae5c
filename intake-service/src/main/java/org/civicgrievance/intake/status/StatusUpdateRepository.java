package org.civicgrievance.intake.status;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;

/** The status history of cases, oldest first: the order clients replay it in. */
@ApplicationScoped
public class StatusUpdateRepository implements PanacheRepository<StatusUpdate> {

    /** Updates that happened in [{@code from}, {@code to}], at most {@code limit}. */
    public List<StatusUpdate> changedBetween(Instant from, Instant to, int limit) {
        return find("changedAt >= :from and changedAt <= :to order by changedAt, id",
                Parameters.with("from", from).and("to", to))
                .range(0, limit - 1).list();
    }

    /** Everything resolution reported on one case, in its order (read through the case's unique sequence key). */
    public List<StatusUpdate> ofCase(String grievanceId) {
        return list("grievanceId = ?1 order by sequence", grievanceId);
    }


    /** The whole history of these cases, at most {@code limit} updates. */
    public List<StatusUpdate> ofCases(Collection<String> grievanceIds, int limit) {
        if (grievanceIds.isEmpty()) {
            return List.of();
        }
        return find("grievanceId in :ids order by changedAt, id", Parameters.with("ids", grievanceIds))
                .range(0, limit - 1).list();
    }
}
