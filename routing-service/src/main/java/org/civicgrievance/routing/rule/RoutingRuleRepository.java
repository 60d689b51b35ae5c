package org.civicgrievance.routing.rule;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class RoutingRuleRepository implements PanacheRepositoryBase<RoutingRule, Long> {

    public List<RoutingRule> listActiveByPriority() {
        return list("active = true order by priority");
    }

    public List<RoutingRule> listAllByPriority() {
        return list("order by priority");
    }

    public Optional<RoutingRule> findByPriority(int priority) {
        return find("priority", priority).firstResultOptional();
    }

    /**
     * Locked until the transaction ends: two administrators' changes are made one after the other.
     * Native SQL: Hibernate's MySQL dialect writes {@code FOR UPDATE OF alias}, which MariaDB rejects.
     */
    public Optional<RoutingRule> findForChange(long id) {
        List<?> locked = getEntityManager().createNativeQuery("SELECT id FROM routing_rule WHERE id = :id FOR UPDATE")
                .setParameter("id", id).getResultList();
        return locked.isEmpty() ? Optional.empty() : findByIdOptional(id);
    }
}
