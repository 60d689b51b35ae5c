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

    /** The case's own placements and those of the parts it was split into, in order. */
    public List<Placement> historyWithPartsOf(String caseId) {
        return list("caseId = ?1 or splitFrom = ?1 order by id", caseId);
    }
}
