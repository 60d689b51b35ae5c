package org.civicgrievance.routing.rule;

import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Places the cases its {@link RuleConditions} describe on a department. Rules are tried in
 * ascending priority and the first match wins; priorities are unique, so ties are impossible.
 */
@Entity
@Table(name = "routing_rule")
public class RoutingRule {

    @Id
    private Long id;

    @Column(nullable = false)
    private int version;

    @Column(nullable = false, unique = true)
    private int priority;

    @Embedded
    private RuleConditions conditions;

    @Column(name = "department_code", length = 64, nullable = false)
    private String departmentCode;

    @Column(length = 200, nullable = false)
    private String description;

    @Column(nullable = false)
    private boolean active;

    protected RoutingRule() {
    }

    public RoutingRule(long id, int version, int priority, RuleConditions conditions, String departmentCode,
            String description) {
        this.id = id;
        this.version = version;
        this.priority = priority;
        this.conditions = conditions;
        this.departmentCode = departmentCode;
        this.description = description;
        this.active = true;
    }

    /** Why this rule places the case, in words an inspector can read; empty when it does not. */
    public Optional<String> explain(CaseFacts facts, String searchText) {
        if (!active) {
            return Optional.empty();
        }
        return conditions().match(facts, searchText)
                .map(met -> "rule %d v%d (priority %d) matched %s: %s".formatted(id, version, priority, met, description));
    }

    /** A deactivated rule places no case but keeps its history (and its priority). */
    public void deactivate() {
        this.active = false;
    }

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    public int getPriority() {
        return priority;
    }

    /** Never null: a rule whose columns are all empty has no conditions, and matches every case. */
    public RuleConditions conditions() {
        return conditions == null ? new RuleConditions(null, null, null, null, null, null) : conditions;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public String getDescription() {
        return description;
    }

    public boolean isActive() {
        return active;
    }
}
