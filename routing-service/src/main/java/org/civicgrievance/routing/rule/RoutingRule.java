package org.civicgrievance.routing.rule;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
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
    @GeneratedValue(strategy = GenerationType.IDENTITY)
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

    @Column(name = "changed_by", length = 100, nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected RoutingRule() {
    }

    /** A new rule, version 1, active at once. */
    public RoutingRule(int priority, RuleConditions conditions, String departmentCode, String description, String author,
            Instant at) {
        this.version = 1;
        this.priority = priority;
        this.conditions = conditions;
        this.departmentCode = departmentCode;
        this.description = description;
        this.active = true;
        this.changedBy = author;
        this.changedAt = at;
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
                .map(met -> "%s (priority %d) matched %s: %s".formatted(label(), priority, met, description));
    }

    /** A rule being previewed has no id yet: {@link #draft}. */
    private String label() {
        return id == null ? "draft rule" : "rule %d v%d".formatted(id, version);
    }

    /** A rule that is not saved, to preview what it would do; it explains itself as "draft rule". */
    static RoutingRule draft(int priority, RuleConditions conditions, String departmentCode, String description) {
        RoutingRule draft = new RoutingRule();
        draft.priority = priority;
        draft.conditions = conditions;
        draft.departmentCode = departmentCode;
        draft.description = description;
        draft.active = true;
        return draft;
    }

    /** @return whether anything changed (and so a new version exists): an identical change makes none */
    public boolean change(int priority, RuleConditions conditions, String departmentCode, String description,
            String author, Instant at) {
        if (this.priority == priority && conditions().equals(conditions) && this.departmentCode.equals(departmentCode)
                && this.description.equals(description)) {
            return false;
        }
        this.priority = priority;
        this.conditions = conditions;
        this.departmentCode = departmentCode;
        this.description = description;
        return newVersion(author, at);
    }

    /**
     * A deactivated rule places no case but keeps its history and its priority.
     *
     * @return whether anything changed: (de)activating twice makes no second version
     */
    public boolean setActive(boolean active, String author, Instant at) {
        if (this.active == active) {
            return false;
        }
        this.active = active;
        return newVersion(author, at);
    }

    private boolean newVersion(String author, Instant at) {
        this.version++;
        this.changedBy = author;
        this.changedAt = at;
        return true;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
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
