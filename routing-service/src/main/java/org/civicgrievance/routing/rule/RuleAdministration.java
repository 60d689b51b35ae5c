package org.civicgrievance.routing.rule;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import io.quarkus.logging.Log;

import org.civicgrievance.platform.audit.AuditEvents;
import org.civicgrievance.platform.problem.ProblemException;
import org.civicgrievance.platform.security.StaffMember;
import org.civicgrievance.routing.department.DepartmentRepository;
import org.civicgrievance.routing.rule.RuleRequests.RuleRequest;
import org.civicgrievance.routing.rule.RuleRequests.RuleView;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Administrators create, change, deactivate and reactivate routing rules. Every change is a new
 * version with its author and time, audited, and live for routing once it committed.
 */
@ApplicationScoped
public class RuleAdministration {

    static final String CHANGED = "ROUTING_RULE_CHANGED";

    private final RoutingRuleRepository rules;
    private final RuleVersionRepository versions;
    private final DepartmentRepository departments;
    private final AuditEvents audit;
    private final Event<RulesChanged> rulesChanged;
    private final Clock clock;

    public RuleAdministration(RoutingRuleRepository rules, RuleVersionRepository versions,
            DepartmentRepository departments, AuditEvents audit, Event<RulesChanged> rulesChanged, Clock clock) {
        this.rules = rules;
        this.versions = versions;
        this.departments = departments;
        this.audit = audit;
        this.rulesChanged = rulesChanged;
        this.clock = clock;
    }

    @Transactional
    public RuleView create(RuleRequest request, StaffMember admin) {
        checkDepartment(request.department());
        checkPriorityFree(request.priority(), null);
        RoutingRule rule = new RoutingRule(request.priority(), request.conditions(), request.department(),
                request.description().strip(), admin.id(), clock.instant());
        rules.persist(rule);
        flushGuardingPriority(request.priority()); // also: the identity is needed for the version row
        recorded(rule, admin, "created");
        return RuleView.of(rule);
    }

    @Transactional
    public RuleView change(long id, RuleRequest request, StaffMember admin) {
        RoutingRule rule = forChange(id, request.expectedVersion());
        checkDepartment(request.department());
        checkPriorityFree(request.priority(), id);
        if (rule.change(request.priority(), request.conditions(), request.department(), request.description().strip(),
                admin.id(), clock.instant())) {
            flushGuardingPriority(request.priority());
            recorded(rule, admin, "changed");
        }
        return RuleView.of(rule);
    }

    @Transactional
    public RuleView setActive(long id, boolean active, StaffMember admin) {
        RoutingRule rule = forChange(id, null);
        if (rule.setActive(active, admin.id(), clock.instant())) {
            recorded(rule, admin, active ? "reactivated" : "deactivated");
        }
        return RuleView.of(rule);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RuleView> all() {
        return rules.listAllByPriority().stream().map(RuleView::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RuleView get(long id) {
        return rules.findByIdOptional(id).map(RuleView::of)
                .orElseThrow(() -> ProblemException.notFound("Routing rule " + id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RuleView> history(long id) {
        List<RuleView> history = versions.historyOf(id).stream().map(RuleView::of).toList();
        if (history.isEmpty()) {
            throw ProblemException.notFound("Routing rule " + id);
        }
        return history;
    }

    private RoutingRule forChange(long id, Integer expectedVersion) {
        RoutingRule rule = rules.findForChange(id).orElseThrow(() -> ProblemException.notFound("Routing rule " + id));
        if (expectedVersion != null && expectedVersion != rule.getVersion()) {
            throw new ProblemException("version-conflict", "Changed in the meantime", 409,
                    "Rule %d is at version %d, not %d: reload it and decide again."
                            .formatted(id, rule.getVersion(), expectedVersion));
        }
        return rule;
    }

    private void checkDepartment(String code) {
        if (departments.findByIdOptional(code).isEmpty()) {
            throw ProblemException.invalidField("department", "no department has the code " + code);
        }
    }

    /** First match wins, so two rules with one priority would make the order undefined. */
    private void checkPriorityFree(int priority, Long ruleId) {
        rules.findByPriority(priority).filter(other -> !other.getId().equals(ruleId)).ifPresent(other -> {
            throw new ProblemException("priority-taken", "Priority taken", 409,
                    "Rule %d has priority %d already; priorities are unique so that ties are impossible."
                            .formatted(other.getId(), priority));
        });
    }

    /** Two administrators taking one free priority at once: the database's unique key decides, the loser gets 409. */
    private void flushGuardingPriority(int priority) {
        try {
            rules.flush();
        } catch (ConstraintViolationException e) {
            throw new ProblemException("priority-taken", "Priority taken", 409,
                    "Another rule took priority %d at the same moment; priorities are unique.".formatted(priority));
        }
    }

    private void recorded(RoutingRule rule, StaffMember admin, String what) {
        versions.persist(RuleVersion.of(rule));
        int version = rule.getVersion();
        audit.recordOutsideCase("routing-rule:" + rule.getId(), UUID.randomUUID().toString().replace("-", ""),
                admin.id(), admin.primaryRole(), CHANGED, version == 1 ? null : "v" + (version - 1), "v" + version,
                "routing rule %d %s: priority %d, %s -> %s (%s)%s".formatted(rule.getId(), what, rule.getPriority(),
                        rule.conditions().describe(), rule.getDepartmentCode(), rule.getDescription(),
                        rule.isActive() ? "" : ", inactive"));
        rulesChanged.fire(new RulesChanged("routing rule " + rule.getId()));
        Log.infof("Routing rule %d %s by %s: now version %d", rule.getId(), what, admin.id(), version);
    }
}
