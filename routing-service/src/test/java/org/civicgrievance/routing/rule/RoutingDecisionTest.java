package org.civicgrievance.routing.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoutingDecisionTest {

    private static final List<RoutingRule> RULES = List.of(
            new RoutingRule(3, 2, 30, null, "general-office", "everything else goes to the general office"),
            new RoutingRule(1, 1, 10, "street-lighting", "urban-management", "street lights"),
            new RoutingRule(2, 4, 20, "noise", "environment", "noise"));

    @ParameterizedTest(name = "{0} goes to {1} by rule {2}")
    @CsvSource({
            "street-lighting, urban-management, 1, 1",
            "noise,           environment,      2, 4",
            "road-damage,     general-office,   3, 2",
    })
    void theFirstMatchingRuleByPriorityDecides(String category, String department, long ruleId, int version) {
        RoutingDecision decision = RoutingDecision.decide(new CaseFacts("COMPLAINT", category, "gulou"), RULES).orElseThrow();
        assertEquals(department, decision.departmentCode());
        assertEquals(ruleId, decision.ruleId());
        assertEquals(version, decision.ruleVersion());
        assertTrue(decision.reason().contains("rule " + ruleId + " v" + version), decision.reason());
    }

    @ParameterizedTest
    @CsvSource({ "street-lighting", "noise", "anything" })
    void withoutACatchAllAnUnknownCategoryHasNoDecision(String category) {
        Optional<RoutingDecision> decision = RoutingDecision.decide(new CaseFacts("COMPLAINT", category, null),
                RULES.subList(1, 3));
        assertEquals(!category.equals("anything"), decision.isPresent());
    }
}
