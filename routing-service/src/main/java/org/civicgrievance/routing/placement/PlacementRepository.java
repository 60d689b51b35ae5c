package org.civicgrievance.routing.placement;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class PlacementRepository implements PanacheRepository<Placement> {

    public boolean isPlaced(String caseId) {
        return count("caseId", caseId) > 0;
    }

    public List<Placement> historyOf(String caseId) {
        return list("caseId = ?1 order by id", caseId);
    }
}
