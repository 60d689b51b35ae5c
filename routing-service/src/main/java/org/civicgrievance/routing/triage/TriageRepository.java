package org.civicgrievance.routing.triage;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class TriageRepository implements PanacheRepositoryBase<TriageEntry, String> {

    public List<TriageEntry> oldestFirst() {
        return list("order by parkedAt");
    }
}
