package org.civicgrievance.resolution.casework;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CaseRepository implements PanacheRepositoryBase<GrievanceCase, String> {

    /** A department's open queue, oldest first (served by the department/status/queued_at index). */
    public List<GrievanceCase> queueOf(String department) {
        return list("department = ?1 and status = ?2 order by queuedAt", department, CaseStatus.QUEUED);
    }

    /** The cases a handler holds in a department (claimed, or reopened by the resident), oldest claim first. */
    public List<GrievanceCase> heldBy(String department, String handler) {
        return list("department = ?1 and status in ?2 and handler = ?3 order by claimedAt", department,
                List.of(CaseStatus.CLAIMED, CaseStatus.REOPENED), handler);
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
