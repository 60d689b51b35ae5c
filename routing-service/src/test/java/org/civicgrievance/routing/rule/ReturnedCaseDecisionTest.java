package org.civicgrievance.routing.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.civicgrievance.routing.department.Department;
import org.junit.jupiter.api.Test;

/** Deciding again for a returned case: no rule naming a department that held it, whatever the set held. */
class ReturnedCaseDecisionTest {

    private static final List<String> DEPARTMENTS = List.of("urban-management", "transport", "housing");

    /** Four rules for the same case; urban-management is named twice, by the first and the last. */
    private static final List<RoutingRule> RULES = List.of(
            rule(1, 10, "urban-management"), rule(2, 20, "transport"), rule(3, 30, "housing"),
            rule(4, 40, "urban-management"));

    private static final RuleBook.Snapshot SNAPSHOT = new RuleBook.Snapshot(RULES, DEPARTMENTS.stream()
            .map(code -> new Department(code, code, code, List.of(), "test", Instant.EPOCH))
            .collect(Collectors.toMap(Department::getCode, Function.identity())));

    private static final CaseFacts FACTS = new CaseFacts("COMPLAINT", "other", "路灯不亮", null, "gulou", false, "API");

    private static RoutingRule rule(long id, int priority, String department) {
        return new RoutingRule(id, 1, priority, new RuleConditions(null, null, List.of("路灯"), null, null, null),
                department, "lights");
    }

    @Test
    void everySetOfDepartmentsThatHeldTheCaseIsSkippedAndTheNextRuleByPriorityDecides() {
        for (int mask = 0; mask < 1 << DEPARTMENTS.size(); mask++) {
            Set<String> held = new HashSet<>();
            for (int i = 0; i < DEPARTMENTS.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    held.add(DEPARTMENTS.get(i));
                }
            }
            Optional<Long> expected = RULES.stream().filter(r -> !held.contains(r.getDepartmentCode()))
                    .map(RoutingRule::getId).findFirst();
            Optional<RoutingDecision> decision = SNAPSHOT.decide(FACTS, held);
            assertEquals(expected, decision.map(RoutingDecision::ruleId), "held " + held);
            decision.ifPresent(d -> assertEquals(false, held.contains(d.departmentCode()), "held " + held));
        }
        assertEquals(Optional.of(1L), SNAPSHOT.decide(FACTS).map(RoutingDecision::ruleId), "nothing held: the first rule");
    }
}
