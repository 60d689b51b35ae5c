package org.civicgrievance.resolution.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.civicgrievance.resolution.casework.CaseTransition;

/**
 * Appends to and reads the audit trail. Deliberately not a Panache repository: nothing here can
 * update or delete an entry.
 */
@ApplicationScoped
public class AuditTrail {

    private final EntityManager entityManager;
    private final Clock clock;

    public AuditTrail(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Joins the caller's transaction: the entry exists exactly when the change it reports does. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(AuditRecord.Entry entry) {
        entityManager.persist(new AuditRecord(entry, clock.instant()));
    }

    /** An entry another service reported, at the time it happened there. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void appendReported(AuditRecord.Entry entry, Instant occurredAt) {
        entityManager.persist(new AuditRecord(entry, occurredAt));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void appendStateChange(CaseTransition transition, String actorRole, String traceId) {
        append(new AuditRecord.Entry(transition.actor(), actorRole, AuditAction.enteringStatus(transition.to()),
                transition.caseId(), transition.department(),
                transition.from() == null ? null : transition.from().name(), transition.to().name(),
                transition.detail(), traceId));
    }

    public List<AuditRecord> historyOf(String caseId) {
        return entityManager.createQuery("from AuditRecord r where r.caseId = :caseId order by r.occurredAt, r.id",
                AuditRecord.class)
                .setParameter("caseId", caseId)
                .getResultList();
    }

    /** Oldest first, at most {@code limit} entries. */
    public List<AuditRecord> search(AuditQuery query, int limit) {
        // by time, as entries reported by other services arrive later than they happened
        var typed = entityManager.createQuery("from AuditRecord where " + query.where() + " order by occurredAt, id",
                AuditRecord.class);
        query.parameters().forEach(typed::setParameter);
        return typed.setMaxResults(limit).getResultList();
    }
}
