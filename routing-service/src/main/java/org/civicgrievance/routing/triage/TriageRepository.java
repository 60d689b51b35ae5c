package org.civicgrievance.routing.triage;

import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class TriageRepository implements PanacheRepositoryBase<TriageEntry, String> {

    /** Special handling first, then green channel, then the rest; oldest first within each. */
    public List<TriageEntry> mostUrgentFirst() {
        return list("order by parkedAt").stream()
                .sorted(Comparator.comparing(TriageEntry::getPriority))
                .toList();
    }
}
