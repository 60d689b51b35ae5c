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

    /** The update that brought the case to its current position, if resolution reported one. */
    public java.util.Optional<StatusUpdate> at(String grievanceId, int sequence) {
        return find("grievanceId = ?1 and sequence = ?2", grievanceId, sequence).firstResultOptional();
    }

    /** The notes and questions the department wrote to the resident, oldest first. */
    public List<StatusUpdate> withNotes(String grievanceId) {
        return list("grievanceId = ?1 and noteText is not null order by sequence", grievanceId);
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
