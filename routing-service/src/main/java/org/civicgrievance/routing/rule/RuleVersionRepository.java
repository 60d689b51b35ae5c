package org.civicgrievance.routing.rule;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class RuleVersionRepository implements PanacheRepositoryBase<RuleVersion, RuleVersion.Key> {

    public List<RuleVersion> historyOf(long ruleId) {
        return list("key.ruleId = ?1 order by key.version", ruleId);
    }
}
