package org.civicgrievance.routing.department;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class DepartmentRepository implements PanacheRepositoryBase<Department, String> {

    public List<Department> listActive() {
        return list("active = true order by code");
    }

    public List<Department> listAll() {
        return list("order by code");
    }

    /**
     * Locked until the transaction ends: two administrators' changes are made one after the other.
     * Native SQL: Hibernate's MySQL dialect writes {@code FOR UPDATE OF alias}, which MariaDB rejects.
     */
    public Optional<Department> findForChange(String code) {
        List<?> locked = getEntityManager().createNativeQuery("SELECT code FROM department WHERE code = :code FOR UPDATE")
                .setParameter("code", code).getResultList();
        return locked.isEmpty() ? Optional.empty() : findByIdOptional(code);
    }
}
