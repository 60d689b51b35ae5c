package org.civicgrievance.resolution.deadline.extension;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ExtensionRepository implements PanacheRepositoryBase<DeadlineExtension, String> {

    public List<DeadlineExtension> ofCase(String caseId) {
        return list("caseId = ?1 order by requestedAt", caseId);
    }

    public boolean pendingOn(Long clockId) {
        return count("clockId = ?1 and state = ?2", clockId, ExtensionState.REQUESTED) > 0;
    }
}
