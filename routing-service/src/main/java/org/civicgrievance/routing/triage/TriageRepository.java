package org.civicgrievance.routing.triage;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class TriageRepository implements PanacheRepositoryBase<TriageEntry, String> {

    /** The cases still waiting: special handling first, then green channel, then the rest; oldest first within each. */
    public List<TriageEntry> waitingMostUrgentFirst() {
        return list("placedAt is null order by parkedAt").stream()
                .sorted(Comparator.comparing(TriageEntry::getPriority))
                .toList();
    }

    /**
     * Locked until the transaction ends, so two dispatchers cannot both place one case. Native SQL:
     * Hibernate's MySQL dialect writes {@code FOR UPDATE OF alias}, which MariaDB rejects.
     */
    public Optional<TriageEntry> findForPlacement(String caseId) {
        List<?> locked = getEntityManager()
                .createNativeQuery("SELECT case_id FROM triage_entry WHERE case_id = :caseId FOR UPDATE")
                .setParameter("caseId", caseId).getResultList();
        return locked.isEmpty() ? Optional.empty() : findByIdOptional(caseId);
    }
}
