package org.civicgrievance.resolution.deadline.extension;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ExtensionRepository implements PanacheRepositoryBase<DeadlineExtension, String> {

    public List<DeadlineExtension> ofCase(String caseId) {
        return list("caseId = ?1 order by requestedAt", caseId);
    }

    /** A department's requests waiting for a decision, the soonest-expiring deadline first (department/state index). */
    public List<DeadlineExtension> waitingIn(String department, int offset, int limit) {
        return find("department = ?1 and state = ?2 order by dueBefore, requestedAt, id", department,
                ExtensionState.REQUESTED).range(offset, offset + limit - 1).list();
    }

    public long countWaitingIn(String department) {
        return count("department = ?1 and state = ?2", department, ExtensionState.REQUESTED);
    }

    public boolean pendingOn(Long clockId) {
        return count("clockId = ?1 and state = ?2", clockId, ExtensionState.REQUESTED) > 0;
    }
}
