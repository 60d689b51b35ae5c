package org.civicgrievance.routing.rule;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Pure: which rule places a case. No database, no clock; table-tested in plain JUnit. */
public final class RuleMatcher {

    private RuleMatcher() {
    }

    /** The first active rule by ascending priority whose conditions the case meets, if any. */
    public static Optional<RoutingDecision> decide(CaseFacts facts, List<RoutingRule> rules) {
        String searchText = SearchText.of(facts);
        return rules.stream()
                .sorted(Comparator.comparingInt(RoutingRule::getPriority))
                .flatMap(rule -> rule.explain(facts, searchText)
                        .map(reason -> new RoutingDecision(rule.getDepartmentCode(), rule.getId(), rule.getVersion(),
                                reason))
                        .stream())
                .findFirst();
    }
}
