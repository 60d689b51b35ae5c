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
}
