package org.civicgrievance.routing.priority;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.civicgrievance.routing.rule.CaseFacts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PriorityPolicyTest {

    private static final PriorityPolicy POLICY = new PriorityPolicy(
            List.of("燃气泄漏", "煤气", "着火", "有人被困", "触电", "gas leak", "flood", " "));

    @ParameterizedTest(name = "[{index}] \"{0}\" / \"{1}\" green={2} -> {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", value = {
            // title          | description           | green-channel reasons | priority         | reason
            "楼道燃气 泄漏     | -                     | -                     | SPECIAL_HANDLING | urgent keyword '燃气泄漏'",
            "电梯故障          | 电梯停在两层之间，有人被困 | ELDERLY               | SPECIAL_HANDLING | urgent keyword '有人被困'",
            "GAS LEAK         | -                     | -                     | SPECIAL_HANDLING | urgent keyword 'gas leak'",
            "Ｆｌｏｏｄｅｄ street | -                   | -                     | SPECIAL_HANDLING | urgent keyword 'flood'",
            "路灯不亮          | 已经一周了              | ELDERLY,SICK          | GREEN_CHANNEL    | green channel: ELDERLY, SICK",
            "路灯不亮          | 已经一周了              | OUT_OF_TOWN           | GREEN_CHANNEL    | green channel: OUT_OF_TOWN",
            "路灯不亮          | 燃气费太贵              | -                     | NORMAL           | no urgent keyword, no green-channel reason",
            "-                | -                     | -                     | NORMAL           | no urgent keyword, no green-channel reason",
    })
    void dangerOutranksTheGreenChannelWhichOutranksNormal(String title, String description, String reasons,
            Priority priority, String reason) {
        List<String> green = reasons == null ? List.of() : List.of(reasons.split(","));
        PriorityAssessment assessment = POLICY.assess(
                new CaseFacts("COMPLAINT", "other", title, description, "gulou", !green.isEmpty(), "WEB_FORM"), green);
        assertEquals(priority, assessment.priority());
        assertEquals(reason, assessment.reason());
    }
}
