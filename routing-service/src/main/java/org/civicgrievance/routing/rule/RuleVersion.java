package org.civicgrievance.routing.rule;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A routing rule as one change left it; never changed afterwards. A placement names one of these. */
@Entity
@Table(name = "routing_rule_version")
public class RuleVersion {

    @Embeddable
    public record Key(@Column(name = "rule_id", nullable = false) long ruleId, @Column(nullable = false) int version) {
    }

    @EmbeddedId
    private Key key;

    @Column(nullable = false, updatable = false)
    private int priority;

    @Embedded
    private RuleConditions conditions;

    @Column(name = "department_code", length = 64, nullable = false, updatable = false)
    private String departmentCode;

    @Column(length = 200, nullable = false, updatable = false)
    private String description;

    @Column(nullable = false, updatable = false)
    private boolean active;

    @Column(name = "changed_by", length = 100, nullable = false, updatable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    protected RuleVersion() {
    }

    static RuleVersion of(RoutingRule rule) {
        RuleVersion v = new RuleVersion();
        v.key = new Key(rule.getId(), rule.getVersion());
        v.priority = rule.getPriority();
        v.conditions = rule.conditions();
        v.departmentCode = rule.getDepartmentCode();
        v.description = rule.getDescription();
        v.active = rule.isActive();
        v.changedBy = rule.getChangedBy();
        v.changedAt = rule.getChangedAt();
        return v;
    }

    public Key getKey() {
        return key;
    }

    public int getPriority() {
        return priority;
    }

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

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
