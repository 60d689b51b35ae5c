package org.civicgrievance.routing.rule;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Places cases on a department. A rule with no category matches every category; rules are
 * tried in ascending priority and the first match wins.
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

    @Column(length = 64)
    private String category;

    @Column(name = "department_code", length = 64, nullable = false)
    private String departmentCode;

    @Column(length = 200, nullable = false)
    private String description;

    @Column(nullable = false)
    private boolean active;

    protected RoutingRule() {
    }

    public RoutingRule(long id, int version, int priority, String category, String departmentCode, String description) {
        this.id = id;
        this.version = version;
        this.priority = priority;
        this.category = category;
        this.departmentCode = departmentCode;
        this.description = description;
        this.active = true;
    }

    public boolean matches(CaseFacts facts) {
        return active && (category == null || category.equals(facts.category()));
    }

    /** Why this rule placed the case, in words an inspector can read. */
    public String explain(CaseFacts facts) {
        return "rule %d v%d (priority %d) matched category '%s': %s"
                .formatted(id, version, priority, facts.category(), description);
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

    public String getCategory() {
        return category;
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
