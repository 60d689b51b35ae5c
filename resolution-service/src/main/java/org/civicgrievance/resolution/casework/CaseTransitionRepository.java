package org.civicgrievance.resolution.casework;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Appends to and reads the audit trail. Deliberately not a Panache repository: it offers no
 * method that could update or delete an entry.
 */
@ApplicationScoped
public class CaseTransitionRepository {

    private final EntityManager entityManager;

    public CaseTransitionRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void append(CaseTransition transition) {
        entityManager.persist(transition);
    }

    public List<CaseTransition> historyOf(String caseId) {
        return entityManager
                .createQuery("from CaseTransition t where t.caseId = :caseId order by t.id", CaseTransition.class)
                .setParameter("caseId", caseId)
                .getResultList();
    }
}
