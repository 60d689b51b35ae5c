package org.civicgrievance.resolution.deadline.policy;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CommitmentRepository implements PanacheRepositoryBase<ServiceCommitment, Long> {

    public Optional<ServiceCommitment> find(String department, String category) {
        return find("department = ?1 and category = ?2", department, category == null ? "" : category)
                .firstResultOptional();
    }

    public Optional<ServiceCommitment> findForChange(long id) {
        // native: MariaDB refuses the FOR UPDATE OF alias Hibernate writes for a pessimistic lock
        List<?> locked = getEntityManager()
                .createNativeQuery("SELECT id FROM service_commitment WHERE id = :id FOR UPDATE")
                .setParameter("id", id).getResultList();
        return locked.isEmpty() ? Optional.empty() : findByIdOptional(id);
    }

    /** A department's own commitments and the city-wide ones, department default first. */
    public List<ServiceCommitment> publishedFor(String department) {
        return list("department in ?1 order by department desc, category",
                List.of(department, ServiceCommitment.CITY_WIDE));
    }

    public List<ServiceCommitment> all() {
        return list("order by department, category");
    }
}
