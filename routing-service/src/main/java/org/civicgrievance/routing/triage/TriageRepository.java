package org.civicgrievance.routing.triage;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import org.civicgrievance.platform.paging.Page;
import org.civicgrievance.platform.paging.PageRequest;

@ApplicationScoped
public class TriageRepository implements PanacheRepositoryBase<TriageEntry, Long> {

    /**
     * One page of the cases still waiting: special handling first, then green channel, then the rest;
     * within each, the one due soonest (the oldest, as every stay gets the same time) first. Reads the
     * waiting entries only, through the (placed_at, parked_at) index: what waits in triage, not every
     * stay ever recorded. Native SQL for the priority's order, which is not the names' order.
     */
    @Transactional
    public Page<TriageEntry> waiting(PageRequest requested) {
        return waiting(null, requested);
    }

    /** The same, narrowed to one tracking number when it is given (a dispatcher looking for a case). */
    @Transactional
    public Page<TriageEntry> waiting(String trackingNumber, PageRequest requested) {
        long total = trackingNumber == null ? count("placedAt is null")
                : count("placedAt is null and trackingNumber = ?1", trackingNumber);
        PageRequest page = requested.within(total);
        if (total == 0) {
            return Page.of(List.of(), page, 0);
        }
        Query query = getEntityManager().createNativeQuery("SELECT * FROM triage_entry WHERE placed_at IS NULL"
                + (trackingNumber == null ? "" : " AND tracking_number = :trackingNumber") + """
                 ORDER BY CASE priority WHEN 'SPECIAL_HANDLING' THEN 0 WHEN 'GREEN_CHANNEL' THEN 1 ELSE 2 END, due_at, id
                LIMIT :limit OFFSET :offset""", TriageEntry.class)
                .setParameter("limit", page.size())
                .setParameter("offset", page.offset());
        if (trackingNumber != null) {
            query.setParameter("trackingNumber", trackingNumber);
        }
        @SuppressWarnings("unchecked")
        List<TriageEntry> entries = query.getResultList();
        return Page.of(entries, page, total);
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
