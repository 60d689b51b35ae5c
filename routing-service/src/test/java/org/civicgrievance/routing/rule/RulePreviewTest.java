package org.civicgrievance.routing.rule;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.core.Response.Status;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.civicgrievance.infra.test.StaffTokens;
import org.junit.jupiter.api.Test;

/** "Which department would this go to, and why?", against the live rules or with a draft rule. */
@QuarkusTest
class RulePreviewTest {

    private static final String ADMIN = StaffTokens.admin("zhou.ping");
    private static final String OPERATOR = StaffTokens.operator("chen.jing");

    private static Map<String, Object> sample(String category, String title, List<String> greenChannel) {
        Map<String, Object> sample = new HashMap<>();
        sample.put("kind", "COMPLAINT");
        sample.put("category", category);
        sample.put("title", title);
        sample.put("description", "样例");
        sample.put("district", "gulou");
        sample.put("greenChannel", greenChannel);
        sample.put("channel", "HOTLINE");
        return sample;
    }

    @Test
    void aSampleCaseIsPlacedByTheLiveRulesWithItsReasonAndPriority() {
        given().auth().oauth2(OPERATOR).contentType(ContentType.JSON)
                .body(sample("street-lighting", "路灯不亮", List.of("ELDERLY")))
                .when().post("/api/routing-rules/preview")
                .then().log().ifValidationFails().statusCode(Status.OK.getStatusCode())
                .body("outcome", equalTo("ROUTED"))
                .body("department", equalTo("urban-management"))
                .body("ruleId", equalTo(1)).body("ruleVersion", equalTo(1)).body("byDraft", equalTo(false))
                .body("reason", startsWith("rule 1 v1 (priority 10) matched category 'street-lighting'"))
                .body("priority", equalTo("GREEN_CHANNEL")).body("priorityReason", equalTo("green channel: ELDERLY"));
    }

    @Test
    void aSampleNoRulePlacesWouldWaitInTriageStillWithItsPriority() {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(sample("no-rule-for-" + UUID.randomUUID(), "电梯故障 有人 被困", List.of()))
                .when().post("/api/routing-rules/preview")
                .then().statusCode(Status.OK.getStatusCode())
                .body("outcome", equalTo("TRIAGE")).body("department", nullValue()).body("ruleId", nullValue())
                .body("priority", equalTo("SPECIAL_HANDLING")).body("priorityReason", equalTo("urgent keyword '有人被困'"));
    }

    @Test
    void aDraftRuleIsPreviewedBeforeItGoesLiveAndNothingIsSaved() {
        String keyword = "预览词" + UUID.randomUUID().toString().substring(0, 8);
        int rulesBefore = given().auth().oauth2(ADMIN).when().get("/api/routing-rules").then().extract().jsonPath()
                .getList("id").size();
        Map<String, Object> request = sample("other", "关于" + keyword + "的投诉", List.of());
        request.put("draft", TestRules.rule(TestRules.freshPriority(), "housing", keyword));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(request)
                .when().post("/api/routing-rules/preview")
                .then().log().ifValidationFails().statusCode(Status.OK.getStatusCode())
                .body("outcome", equalTo("ROUTED")).body("department", equalTo("housing"))
                .body("byDraft", equalTo(true)).body("ruleId", nullValue())
                .body("reason", startsWith("draft rule (priority "))
                .body("reason", org.hamcrest.Matchers.containsString("matched keyword '" + keyword + "'"));
        assertEquals(rulesBefore, given().auth().oauth2(ADMIN).when().get("/api/routing-rules").then().extract()
                .jsonPath().getList("id").size(), "a preview saves no rule");

        // a change previewed: the draft replaces the live rule, which no longer decides
        long live = TestRules.create(TestRules.rule(TestRules.freshPriority(),
                "environment", keyword));
        request.put("draftReplaces", live);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(request)
                .when().post("/api/routing-rules/preview")
                .then().statusCode(Status.OK.getStatusCode()).body("department", equalTo("housing")).body("byDraft", equalTo(true));
        request.remove("draftReplaces");
        request.put("draft", TestRules.rule(10, "housing", keyword));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(request)
                .when().post("/api/routing-rules/preview")
                .then().statusCode(Status.CONFLICT.getStatusCode()).body("type", equalTo("urn:civic-grievance:problem:priority-taken"));
        request.remove("draft");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(request)
                .when().post("/api/routing-rules/preview")
                .then().statusCode(Status.OK.getStatusCode()).body("department", equalTo("environment"))
                .body("ruleId", equalTo((int) live));
    }

    @Test
    void administratorsAndOperatorsPreview() {
        Map<String, Object> body = sample("noise", "噪音", List.of());
        for (String token : new String[] { StaffTokens.inspector("li.qiang"), StaffTokens.handler("wang.li", "environment"),
                StaffTokens.supervisor("zhang.wei", "environment") }) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                    .when().post("/api/routing-rules/preview").then().statusCode(Status.FORBIDDEN.getStatusCode());
        }
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/routing-rules/preview").then().statusCode(Status.UNAUTHORIZED.getStatusCode());
        body.put("kind", "GOSSIP");
        body.put("greenChannel", List.of("VIP"));
        given().auth().oauth2(OPERATOR).contentType(ContentType.JSON).body(body)
                .when().post("/api/routing-rules/preview").then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("errors.field", org.hamcrest.Matchers.hasItem("kind"))
                .body("errors.field", org.hamcrest.Matchers.hasItem(startsWith("greenChannel[0]")));
    }
}
