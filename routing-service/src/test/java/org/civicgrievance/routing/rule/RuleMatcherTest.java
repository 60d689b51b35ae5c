package org.civicgrievance.routing.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which rule places which case: every condition, Chinese keywords, priorities and wildcards. */
class RuleMatcherTest {

    private static RoutingRule rule(long id, int priority, RuleConditions conditions, String department) {
        return new RoutingRule(id, 1, priority, conditions, department, "rule " + id);
    }

    private static final List<RoutingRule> RULES = List.of(
            // listed out of priority order on purpose: the matcher sorts
            rule(6, 60, RuleConditions.ofCategory("street-lighting"), "urban-management"),
            rule(1, 10, new RuleConditions(null, null, List.of("燃气泄漏", "煤气", "Gas Leak"), null, null, null),
                    "emergency-management"),
            rule(2, 20, new RuleConditions("COMPLAINT", "noise", null, "gulou", null, null), "gulou-environment"),
            rule(3, 30, RuleConditions.ofCategory("noise"), "environment"),
            rule(4, 40, new RuleConditions("HELP_REQUEST", null, List.of(), null, true, null), "civil-affairs"),
            rule(5, 50, new RuleConditions(null, "street-lighting", null, null, null, "HOTLINE"), "lighting-hotline"),
            rule(7, 70, new RuleConditions(null, null, List.of("路灯", "street light"), null, false, null),
                    "urban-management"));

    @ParameterizedTest(name = "[{index}] {0}/{1} \"{2}\" \"{3}\" {4} green={5} {6} -> {7} by rule {8}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", value = {
            // kind     | category        | title              | description        | district | green | channel  | department           | rule | conditions met
            "COMPLAINT    | road-damage     | 厨房有味道          | 楼道里燃气 泄漏了     | gulou    | false | WEB_FORM | emergency-management | 1 | keyword '燃气泄漏'",
            "INQUIRY      | other           | Gas  LEAK at No. 5 | -                  | -        | false | API      | emergency-management | 1 | keyword 'Gas Leak'",
            "INQUIRY      | other           | ＧＡＳ　ＬＥＡＫ      | -                  | -        | false | API      | emergency-management | 1 | keyword 'Gas Leak'",
            "HELP_REQUEST | water-supply    | -                  | 家里煤气味很重       | taijiang | true  | HOTLINE  | emergency-management | 1 | keyword '煤气'",
            "COMPLAINT    | noise           | 工地夜间施工         | 凌晨两点还在打桩      | gulou    | false | WEB_FORM | gulou-environment    | 2 | kind COMPLAINT, category 'noise', district gulou",
            "SUGGESTION   | noise           | 工地夜间施工         | -                  | gulou    | false | WEB_FORM | environment          | 3 | category 'noise'",
            "COMPLAINT    | noise           | 工地夜间施工         | -                  | taijiang | false | WEB_FORM | environment          | 3 | category 'noise'",
            "COMPLAINT    | noise           | 工地夜间施工         | -                  | -        | false | WEB_FORM | environment          | 3 | category 'noise'",
            "HELP_REQUEST | other           | 行动不便需要帮助      | -                  | gulou    | true  | HOTLINE  | civil-affairs        | 4 | kind HELP_REQUEST, green channel",
            "COMPLAINT    | street-lighting | 路灯不亮            | -                  | gulou    | false | HOTLINE  | lighting-hotline     | 5 | category 'street-lighting', channel HOTLINE",
            "COMPLAINT    | street-lighting | 路灯不亮            | -                  | gulou    | true  | WEB_FORM | urban-management     | 6 | category 'street-lighting'",
            "SUGGESTION   | other           | 多装几盏路灯         | -                  | gulou    | false | WEB_FORM | urban-management     | 7 | keyword '路灯', not green channel",
            "SUGGESTION   | other           | More STREET LIGHTS | -                  | gulou    | false | WEB_FORM | urban-management     | 7 | keyword 'street light', not green channel",
    })
    void theFirstMatchingRuleByPriorityDecides(String kind, String category, String title, String description,
            String district, boolean green, String channel, String department, long ruleId, String met) {
        RoutingDecision decision = RuleMatcher.decide(
                new CaseFacts(kind, category, title, description, district, green, channel), RULES).orElseThrow();
        assertEquals(department, decision.departmentCode(), decision.reason());
        assertEquals(ruleId, decision.ruleId());
        assertEquals(1, decision.ruleVersion());
        assertTrue(decision.reason().startsWith("rule " + ruleId + " v1 (priority "), decision.reason());
        assertTrue(decision.reason().contains("matched " + met + ":"), decision.reason());
    }

    @ParameterizedTest(name = "[{index}] {0}/{1} \"{2}\" green={3} goes to triage")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // half a keyword is no keyword; a failed condition of a rule is not made up by another one
            "COMPLAINT    | other       | 燃气味道     | false | WEB_FORM",
            "HELP_REQUEST | other       | 需要帮助     | false | WEB_FORM",
            "COMPLAINT    | road-damage | -          | false | WEB_FORM",
            "SUGGESTION   | other       | 多装几盏路灯 | true  | WEB_FORM",
            "COMPLAINT    | other       | gas-leak   | false | API",
    })
    void aCaseNoRuleMatchesHasNoDecision(String kind, String category, String title, boolean green, String channel) {
        assertEquals(Optional.empty(),
                RuleMatcher.decide(new CaseFacts(kind, category, title, null, "gulou", green, channel), RULES));
    }

    @Test
    void aRuleWithoutConditionsCatchesEverythingAfterTheRulesBeforeIt() {
        List<RoutingRule> rules = List.of(RULES.get(3),
                rule(9, 900, new RuleConditions(null, null, null, null, null, null), "general-office"));
        RoutingDecision decision = RuleMatcher.decide(CaseFacts.ofCategory("PRAISE", "anything", null), rules)
                .orElseThrow();
        assertEquals("general-office", decision.departmentCode());
        assertTrue(decision.reason().contains("any case (no conditions)"), decision.reason());
        assertEquals(3L, RuleMatcher.decide(CaseFacts.ofCategory("PRAISE", "noise", null), rules).orElseThrow().ruleId());
    }

    @Test
    void anInactiveRuleIsSkipped() {
        RoutingRule first = rule(1, 1, RuleConditions.ofCategory("noise"), "somewhere-else");
        first.setActive(false, "zhou.ping", java.time.Instant.now());
        RoutingDecision decision = RuleMatcher.decide(CaseFacts.ofCategory("COMPLAINT", "noise", null),
                List.of(first, RULES.get(3))).orElseThrow();
        assertEquals(3L, decision.ruleId());
    }

    @Test
    void aRuleWhoseDepartmentDoesNotTakeTheCaseIsSkipped() {
        // gulou-environment serves only gulou here; environment is city-wide
        RoutingDecision decision = RuleMatcher.decide(
                new CaseFacts("COMPLAINT", "noise", null, null, "gulou", false, "API"), RULES,
                (department, district) -> !department.equals("gulou-environment")).orElseThrow();
        assertEquals(3L, decision.ruleId());
    }

    @Test
    void searchTextIsFoldedLowerCaseAndWithoutWhitespace() {
        assertEquals("燃气泄漏", SearchText.normalise("燃气 泄漏"));
        assertEquals("gasleak", SearchText.normalise("Gas\u3000Leak"));
        assertEquals("abc123", SearchText.normalise("ＡＢＣ１２３"));
        assertEquals("路灯不亮", SearchText.normalise(" 路灯\t不\u00a0亮\n"));
        assertEquals("", SearchText.normalise(null));
    }
}
