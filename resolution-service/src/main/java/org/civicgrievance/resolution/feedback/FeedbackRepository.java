package org.civicgrievance.resolution.feedback;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Supplements and ratings of a case: written once from events, read by staff. */
@ApplicationScoped
public class FeedbackRepository {

    @Inject
    EntityManager entityManager;

    void add(Object supplementOrRating) {
        entityManager.persist(supplementOrRating);
    }

    public List<CaseSupplement> supplementsOf(String caseId) {
        return entityManager.createQuery("from CaseSupplement where caseId = :caseId order by addedAt", CaseSupplement.class)
                .setParameter("caseId", caseId).getResultList();
    }

    boolean hasRating(String caseId, int resolutionRound) {
        return !entityManager.createQuery("select r.id from ResidentRating r where r.caseId = :caseId and r.resolutionRound = :round",
                String.class).setParameter("caseId", caseId).setParameter("round", resolutionRound).getResultList().isEmpty();
    }

    public List<ResidentRating> ratingsOf(String caseId) {
        return entityManager.createQuery("from ResidentRating where caseId = :caseId order by ratedAt", ResidentRating.class)
                .setParameter("caseId", caseId).getResultList();
    }
}
