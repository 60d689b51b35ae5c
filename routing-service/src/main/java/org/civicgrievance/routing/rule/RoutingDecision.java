package org.civicgrievance.routing.rule;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The department a case goes to, the rule that decided and why. */
public record RoutingDecision(String departmentCode, long ruleId, int ruleVersion, String reason) {

    /** Pure: the first active rule by priority that matches, if any. */
    public static Optional<RoutingDecision> decide(CaseFacts facts, List<RoutingRule> rules) {
        return rules.stream()
                .sorted(Comparator.comparingInt(RoutingRule::getPriority))
                .filter(rule -> rule.matches(facts))
                .findFirst()
                .map(rule -> new RoutingDecision(rule.getDepartmentCode(), rule.getId(), rule.getVersion(),
                        rule.explain(facts)));
    }
}
