package org.civicgrievance.routing.rule;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;

/** Pure: which rule places a case. No database, no clock; table-tested in plain JUnit. */
public final class RuleMatcher {

    private RuleMatcher() {
    }

    /** The first active rule by ascending priority whose conditions the case meets, if any. */
    public static Optional<RoutingDecision> decide(CaseFacts facts, List<RoutingRule> rules) {
        return decide(facts, rules, (department, district) -> true);
    }

    /**
     * As {@link #decide(CaseFacts, List)}, skipping rules whose department does not take the case
     * (inactive, or not serving its district): the next rule, or triage, gets it instead.
     *
     * @param departmentAccepts (department code, the case's district or null) → whether it may be placed there
     */
    public static Optional<RoutingDecision> decide(CaseFacts facts, List<RoutingRule> rules,
            BiPredicate<String, String> departmentAccepts) {
        String searchText = SearchText.of(facts);
        return rules.stream()
                .sorted(Comparator.comparingInt(RoutingRule::getPriority))
                .filter(rule -> departmentAccepts.test(rule.getDepartmentCode(), facts.district()))
                .flatMap(rule -> rule.explain(facts, searchText)
                        .map(reason -> new RoutingDecision(rule.getDepartmentCode(), rule.getId(), rule.getVersion(),
                                reason))
                        .stream())
                .findFirst();
    }
}
