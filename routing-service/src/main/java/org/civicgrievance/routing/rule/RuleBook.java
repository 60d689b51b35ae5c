package org.civicgrievance.routing.rule;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

import org.civicgrievance.routing.department.Department;
import org.civicgrievance.routing.department.DepartmentRepository;

/**
 * The active rules and the departments, held in memory so routing a case costs no query. A change
 * made here reloads it as soon as the change committed; changes made on another replica arrive with
 * the periodic reload ({@code grievance.routing.rule-reload-interval}).
 */
@ApplicationScoped
public class RuleBook {

    /** One consistent view: rules and departments loaded together. Immutable once built. */
    public record Snapshot(List<RoutingRule> rules, Map<String, Department> departments) {

        public Optional<RoutingDecision> decide(CaseFacts facts) {
            return decide(facts, Set.of());
        }

        /**
         * Skipping every rule that names one of {@code excludedDepartments}: a returned case goes to
         * the next matching rule whose department never held it, never back to one that did.
         */
        public Optional<RoutingDecision> decide(CaseFacts facts, Set<String> excludedDepartments) {
            return RuleMatcher.decide(facts, rules, (code, district) -> !excludedDepartments.contains(code)
                    && accepts(code, district));
        }

        /** As if these were the active rules (a preview of rules not yet live). */
        public Optional<RoutingDecision> decide(CaseFacts facts, List<RoutingRule> candidateRules) {
            return RuleMatcher.decide(facts, candidateRules, this::accepts);
        }

        private boolean accepts(String departmentCode, String district) {
            Department department = departments.get(departmentCode);
            return department != null && department.accepts(district);
        }
    }

    private final RoutingRuleRepository rules;
    private final DepartmentRepository departments;
    private volatile Snapshot snapshot;

    public RuleBook(RoutingRuleRepository rules, DepartmentRepository departments) {
        this.rules = rules;
        this.departments = departments;
    }

    public Snapshot current() {
        Snapshot loaded = snapshot;
        return loaded != null ? loaded : reload();
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) RulesChanged change) {
        reload();
        Log.infof("Routing rules reloaded after a change of %s", change.what());
    }

    @Scheduled(every = "${grievance.routing.rule-reload-interval:30s}", delayed = "${grievance.routing.rule-reload-interval:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void periodicReload() {
        reload();
    }

    /**
     * Serialised, so a load that started earlier never replaces one that started later; in a
     * transaction of its own, as it may run after the changing transaction ended.
     */
    synchronized Snapshot reload() {
        Snapshot loaded = QuarkusTransaction.requiringNew().call(() -> new Snapshot(
                List.copyOf(rules.listActiveByPriority()),
                departments.listAll().stream().collect(Collectors.toUnmodifiableMap(Department::getCode, Function.identity()))));
        snapshot = loaded;
        return loaded;
    }
}
