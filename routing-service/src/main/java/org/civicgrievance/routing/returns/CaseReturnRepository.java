package org.civicgrievance.routing.returns;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class CaseReturnRepository implements PanacheRepository<CaseReturn> {

    public Optional<CaseReturn> ofPlacement(long placementId) {
        return find("placementId", placementId).firstResultOptional();
    }

    public List<CaseReturn> ofCase(String caseId) {
        return list("caseId = ?1 order by returnedAt, id", caseId);
    }

    public List<CaseReturn> ofCases(Collection<String> caseIds) {
        return caseIds.isEmpty() ? List.of() : list("caseId in ?1 order by returnedAt, id", caseIds);
    }

    /** Returns made in [{@code from}, {@code until}). */
    public List<CaseReturn> madeBetween(Instant from, Instant until) {
        return list("returnedAt >= ?1 and returnedAt < ?2 order by returnedAt, id", from, until);
    }

    /** The department's returns of the case not yet confirmed wrong. */
    public List<CaseReturn> unconfirmedBy(String caseId, String departmentCode) {
        return list("caseId = ?1 and departmentCode = ?2 and confirmedOwnAt is null", caseId, departmentCode);
    }
}
