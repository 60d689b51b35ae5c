package org.civicgrievance.resolution.casework;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

/** Notes on cases: appended, never changed. */
@ApplicationScoped
public class CaseNotes implements PanacheRepository<CaseNote> {

    public List<CaseNote> of(String caseId) {
        return list("caseId = ?1 order by id", caseId);
    }
}
