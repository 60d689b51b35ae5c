package org.civicgrievance.intake.supplement;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class SupplementRepository implements PanacheRepositoryBase<Supplement, String> {

    public List<Supplement> ofCase(String grievanceId) {
        return list("grievanceId = ?1 order by addedAt", grievanceId);
    }
}
