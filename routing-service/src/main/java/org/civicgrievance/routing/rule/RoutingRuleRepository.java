package org.civicgrievance.routing.rule;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class RoutingRuleRepository implements PanacheRepositoryBase<RoutingRule, Long> {

    public List<RoutingRule> listActiveByPriority() {
        return list("active = true order by priority");
    }
}
