package org.civicgrievance.routing.department;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class DepartmentVersionRepository implements PanacheRepositoryBase<DepartmentVersion, DepartmentVersion.Key> {

    public List<DepartmentVersion> historyOf(String code) {
        return list("key.code = ?1 order by key.version", code);
    }
}
