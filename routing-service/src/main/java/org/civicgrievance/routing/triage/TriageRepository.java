package org.civicgrievance.routing.triage;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class TriageRepository implements PanacheRepositoryBase<TriageEntry, Long> {

    /**
     * The cases still waiting: special handling first, then green channel, then the rest; within
     * each, the one due soonest (the oldest, as every stay gets the same time) first.
     */
    public List<TriageEntry> waitingMostUrgentFirst() {
        return list("placedAt is null order by dueAt, id").stream()
                .sorted(Comparator.comparing(TriageEntry::getPriority))
                .toList();
    }

    /** Whether the case ever waited in triage. */
    public boolean hasParked(String caseId) {
        return count("caseId", caseId) > 0;
    }

    /** The case's stays in triage, oldest first. */
    public List<TriageEntry> staysOf(String caseId) {
        return list("caseId = ?1 order by id", caseId);
    }

    /**
     * The case's waiting stay, else its latest one (which refuses a placement: it left triage),
     * locked until the transaction ends so two dispatchers cannot both place one case. Native SQL:
     * Hibernate's MySQL dialect writes {@code FOR UPDATE OF alias}, which MariaDB rejects.
     */
    public Optional<TriageEntry> findForPlacement(String caseId) {
        List<?> locked = getEntityManager()
                .createNativeQuery("SELECT id FROM triage_entry WHERE case_id = :caseId FOR UPDATE")
                .setParameter("caseId", caseId).getResultList();
        if (locked.isEmpty()) {
            return Optional.empty();
        }
        List<TriageEntry> stays = staysOf(caseId);
        return stays.stream().filter(TriageEntry::isWaiting).findFirst()
                .or(() -> Optional.of(stays.get(stays.size() - 1)));
    }
}
