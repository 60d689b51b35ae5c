package org.civicgrievance.resolution.casework;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CaseRepository implements PanacheRepositoryBase<GrievanceCase, String> {

    /**
     * Cases whose wait for the resident ended at or before {@code now}, oldest first, locked for this
     * transaction; rows another replica holds are skipped, not waited for. Read through the
     * waiting_until index, so the cost follows the cases that fell due, not all open ones.
     *
     * <p>Native SQL: Hibernate's MySQL dialect writes {@code FOR UPDATE OF alias}, which MariaDB rejects.
     */
    @SuppressWarnings("unchecked")
    public List<GrievanceCase> lockWaitingPast(Instant now, int limit) {
        return getEntityManager()
                .createNativeQuery("""
                        SELECT * FROM grievance_case WHERE waiting_until <= :now
                        ORDER BY waiting_until LIMIT :limit FOR UPDATE SKIP LOCKED""", GrievanceCase.class)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
    }

    /** Departments with a case waiting in their queue, alphabetically (read from the queue index). */
    public List<String> departmentsWithQueuedCases() {
        return getEntityManager()
                .createQuery("select distinct c.department from GrievanceCase c where c.status = :status order by c.department",
                        String.class)
                .setParameter("status", CaseStatus.QUEUED)
                .getResultList();
    }
}
