package org.civicgrievance.routing.department;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class DepartmentRepository implements PanacheRepositoryBase<Department, String> {

    public List<Department> listActive() {
        return list("active = true order by code");
    }
}
