package org.civicgrievance.intake.grievance;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class GrievanceRepository implements PanacheRepositoryBase<Grievance, String> {

    /**
     * Holds the case's row until the transaction ends, so changes that count what a case already
     * has (photos) run one at a time. Native SQL: Hibernate's MySQL dialect writes
     * {@code FOR UPDATE OF alias}, which MariaDB rejects.
     */
    public void lockForUpdate(String id) {
        getEntityManager().createNativeQuery("SELECT id FROM grievance WHERE id = :id FOR UPDATE")
                .setParameter("id", id).getResultList();
    }

    public Optional<Grievance> findByTrackingNumber(String trackingNumber) {
        return find("trackingNumber", trackingNumber).firstResultOptional();
    }

    /** The parts a case was split into, in the order of their numbers (-1, -2, …, -10). */
    public List<Grievance> partsOf(String originalId) {
        return list("splitFrom = ?1 order by length(trackingNumber), trackingNumber", originalId);
    }

    /** The parts of a case, in order; no query for a case that was never split (nearly all of them). */
    public List<Grievance> partsOf(Grievance original) {
        return original.isSplit() ? partsOf(original.getId()) : List.of();
    }

    /** The cases with these tracking numbers, newest first; unknown numbers are skipped. */
    public List<Grievance> findByTrackingNumbers(Collection<String> trackingNumbers) {
        if (trackingNumbers.isEmpty()) {
            return List.of();
        }
        return list("trackingNumber in :numbers order by submittedAt desc, id",
                Parameters.with("numbers", trackingNumbers));
    }

    /** The tracking number of each of these cases, by case id, without loading the cases. */
    public Map<String, String> trackingNumbersOf(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return getEntityManager()
                .createQuery("select g.id, g.trackingNumber from Grievance g where g.id in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (String) row[1]));
    }
}
