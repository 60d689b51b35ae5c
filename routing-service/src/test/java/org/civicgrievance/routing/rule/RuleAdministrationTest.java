package org.civicgrievance.routing.rule;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.civicgrievance.infra.test.StaffTokens;
import org.civicgrievance.infra.test.TopicProbe;
import org.civicgrievance.platform.events.EventCodec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Administrators version rules and departments; every change is audited and live at once. */
@QuarkusTest
class RuleAdministrationTest {

    private static final String ADMIN = StaffTokens.admin("zhou.ping");
    private static final String OPERATOR = StaffTokens.operator("chen.jing");
    private static final String INSPECTOR = StaffTokens.inspector("li.qiang");
    private static final String HANDLER = StaffTokens.handler("wang.li", "urban-management");
    private static final String SUPERVISOR = StaffTokens.supervisor("zhang.wei", "urban-management");

    @Inject
    EventCodec codec;

    @Inject
    RuleBook ruleBook;

    @Inject
    RoutingRuleRepository rules;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aChangeIsANewVersionWithItsAuthorAndTheIdStays() {
        int priority = TestRules.freshPriority();
        long id = given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(TestRules.rule(priority, "housing", "燃气泄漏", "gas leak"))
                .when().post("/api/routing-rules")
                .then().log().ifValidationFails()
                .statusCode(Status.CREATED.getStatusCode())
                .header("Location", org.hamcrest.Matchers.containsString("/api/routing-rules/"))
                .extract().jsonPath().getLong("id");
        Map<String, Object> changed = TestRules.rule(priority, "water-affairs", "燃气泄漏", "gas leak", "煤气");
        changed.put("kind", "COMPLAINT");
        changed.put("expectedVersion", 1);
        given().auth().oauth2(StaffTokens.admin("sun.min")).contentType(ContentType.JSON).body(changed)
                .when().put("/api/routing-rules/" + id)
                .then().statusCode(Status.OK.getStatusCode())
                .body("id", equalTo((int) id)).body("version", equalTo(2))
                .body("department", equalTo("water-affairs")).body("changedBy", equalTo("sun.min"));
        // the same body again makes no version 3; a stale expected version is refused
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(changed)
                .when().put("/api/routing-rules/" + id)
                .then().statusCode(Status.CONFLICT.getStatusCode()).contentType("application/problem+json");
        changed.remove("expectedVersion");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(changed)
                .when().put("/api/routing-rules/" + id).then().statusCode(Status.OK.getStatusCode()).body("version", equalTo(2));
        given().auth().oauth2(ADMIN).when().post("/api/routing-rules/" + id + "/deactivate")
                .then().statusCode(Status.OK.getStatusCode()).body("version", equalTo(3)).body("active", equalTo(false));

        given().auth().oauth2(INSPECTOR).when().get("/api/routing-rules/" + id + "/versions")
                .then().statusCode(Status.OK.getStatusCode())
                .body("version", contains(1, 2, 3))
                .body("changedBy", contains("zhou.ping", "sun.min", "zhou.ping"))
                .body("department", contains("housing", "water-affairs", "water-affairs"))
                .body("active", contains(true, true, false))
                .body("[0].kind", nullValue()).body("[1].kind", equalTo("COMPLAINT"))
                .body("[1].keywords", contains("燃气泄漏", "gas leak", "煤气"))
                .body("changedAt", org.hamcrest.Matchers.everyItem(notNullValue()));

        try (TopicProbe probe = TopicProbe.reading(bootstrapServers, "audit.recorded")) {
            List<ConsumerRecord<String, String>> records = probe.awaitKey("routing-rule:" + id, 3, Duration.ofSeconds(30));
            List<JsonNode> audits = records.stream().map(r -> codec.parse(r.value()).data()).toList();
            assertEquals(List.of("ROUTING_RULE_CHANGED"), audits.stream().map(a -> a.path("action").asText()).distinct().toList());
            assertEquals(List.of("v1", "v2", "v3"), audits.stream().map(a -> a.path("after").asText()).toList());
            assertTrue(audits.get(0).path("caseId").isNull(), "a rule change concerns no case");
            assertEquals("sun.min", audits.get(1).path("actor").asText());
            assertEquals("admin", audits.get(1).path("actorRole").asText());
            assertTrue(audits.get(1).path("detail").asText().contains("keywords 燃气泄漏|gas leak|煤气"),
                    audits.get(1).path("detail").asText());
        }
    }

    @Test
    void aChangeIsLiveForRoutingAtOnce() {
        int priority = TestRules.freshPriority();
        String keyword = "测试专用词" + UUID.randomUUID().toString().substring(0, 8);
        CaseFacts facts = new CaseFacts("COMPLAINT", "nothing-else-matches", "关于" + keyword, null, "gulou", false, "API");
        assertTrue(ruleBook.current().decide(facts).isEmpty());
        long id = TestRules.create(TestRules.rule(priority, "environment", keyword));
        RoutingDecision decision = ruleBook.current().decide(facts).orElseThrow();
        assertEquals(id, decision.ruleId());
        assertEquals(1, decision.ruleVersion());
        given().auth().oauth2(ADMIN).when().post("/api/routing-rules/" + id + "/deactivate")
                .then().statusCode(Status.OK.getStatusCode());
        assertTrue(ruleBook.current().decide(facts).isEmpty(), "a deactivated rule places nothing");
    }

    @Test
    void aChangeMadeByAnotherReplicaArrivesWithThePeriodicReload() {
        String keyword = "别的副本" + UUID.randomUUID().toString().substring(0, 8);
        CaseFacts facts = new CaseFacts("COMPLAINT", "x", keyword, null, "gulou", false, "API");
        ruleBook.current();
        // written straight to the database, as another replica would: this replica hears of no change
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> rules.persist(new RoutingRule(TestRules.freshPriority(),
                new RuleConditions(null, null, List.of(keyword), null, null, null), "housing", "elsewhere",
                "admin.elsewhere", java.time.Instant.now())));
        assertTrue(ruleBook.current().decide(facts).isEmpty(), "not yet: the rules come from memory");
        ruleBook.periodicReload();
        assertEquals("housing", ruleBook.current().decide(facts).orElseThrow().departmentCode());
    }

    @Test
    void prioritiesAreUniqueAndRulesNameAnExistingDepartment() {
        int priority = TestRules.freshPriority();
        TestRules.create(TestRules.rule(priority, "environment", "噪音"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(TestRules.rule(priority, "housing", "噪声"))
                .when().post("/api/routing-rules")
                .then().statusCode(Status.CONFLICT.getStatusCode()).contentType("application/problem+json")
                .body("type", equalTo("urn:civic-grievance:problem:priority-taken"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(TestRules.rule(TestRules.freshPriority(), "no-such-department", "x"))
                .when().post("/api/routing-rules")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode()).body("errors.field", hasItem("department"));
        Map<String, Object> wrong = TestRules.rule(TestRules.freshPriority(), "housing", "两行\n关键词");
        wrong.put("kind", "GOSSIP");
        wrong.put("channel", "PIGEON");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(wrong)
                .when().post("/api/routing-rules")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("errors.field", org.hamcrest.Matchers.hasItems("kind", "channel"));
        given().auth().oauth2(ADMIN).when().get("/api/routing-rules/987654321/versions")
                .then().statusCode(Status.NOT_FOUND.getStatusCode());
    }

    @Test
    void administratorsWriteWhileOperatorsAndInspectorsRead() {
        for (String token : new String[] { OPERATOR, INSPECTOR, HANDLER, SUPERVISOR }) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(TestRules.rule(TestRules.freshPriority(), "housing", "x"))
                    .when().post("/api/routing-rules").then().statusCode(Status.FORBIDDEN.getStatusCode());
            given().auth().oauth2(token).when().post("/api/routing-rules/1/deactivate")
                    .then().statusCode(Status.FORBIDDEN.getStatusCode());
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("code", "x-" + UUID.randomUUID().toString().substring(0, 8), "nameZh", "某局", "nameEn", "X"))
                    .when().post("/api/departments").then().statusCode(Status.FORBIDDEN.getStatusCode());
        }
        for (String token : new String[] { ADMIN, OPERATOR, INSPECTOR }) {
            given().auth().oauth2(token).when().get("/api/routing-rules/1/versions").then().statusCode(Status.OK.getStatusCode());
            given().auth().oauth2(token).when().get("/api/departments/housing/versions").then().statusCode(Status.OK.getStatusCode());
        }
        for (String token : new String[] { HANDLER, SUPERVISOR }) {
            given().auth().oauth2(token).when().get("/api/routing-rules/1/versions").then().statusCode(Status.FORBIDDEN.getStatusCode());
            given().auth().oauth2(token).when().get("/api/departments/all").then().statusCode(Status.FORBIDDEN.getStatusCode());
        }
        given().contentType(ContentType.JSON).body(TestRules.rule(TestRules.freshPriority(), "housing", "x"))
                .when().post("/api/routing-rules").then().statusCode(Status.UNAUTHORIZED.getStatusCode());
        given().when().put("/api/departments/housing").then().statusCode(Status.UNAUTHORIZED.getStatusCode());
    }

    @Test
    void departmentsAreVersionedAndTheirDistrictsAndActiveFlagDecideWhetherTheirRulesPlace() {
        String code = "dept-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("code", code, "nameZh", "鼓楼区城管局", "nameEn", "Gulou Urban Management", "districts", List.of("gulou")))
                .when().post("/api/departments")
                .then().log().ifValidationFails().statusCode(Status.CREATED.getStatusCode())
                .body("version", equalTo(1)).body("districts", contains("gulou"));
        String keyword = "区属专用词" + UUID.randomUUID().toString().substring(0, 8);
        long id = TestRules.create(TestRules.rule(TestRules.freshPriority(), code, keyword));
        CaseFacts inGulou = new CaseFacts("COMPLAINT", "x", keyword, null, "gulou", false, "API");
        CaseFacts elsewhere = new CaseFacts("COMPLAINT", "x", keyword, null, "taijiang", false, "API");
        assertEquals(id, ruleBook.current().decide(inGulou).orElseThrow().ruleId());
        assertTrue(ruleBook.current().decide(elsewhere).isEmpty(), "the department does not serve taijiang");

        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("nameZh", "鼓楼区城管局", "nameEn", "Gulou Urban Management", "districts", List.of("gulou", "taijiang"),
                        "expectedVersion", 1))
                .when().put("/api/departments/" + code)
                .then().statusCode(Status.OK.getStatusCode()).body("version", equalTo(2));
        assertEquals(id, ruleBook.current().decide(elsewhere).orElseThrow().ruleId());

        given().auth().oauth2(ADMIN).when().post("/api/departments/" + code + "/deactivate")
                .then().statusCode(Status.OK.getStatusCode()).body("version", equalTo(3)).body("active", equalTo(false));
        assertTrue(ruleBook.current().decide(inGulou).isEmpty(), "an inactive department takes no case");
        given().when().get("/api/departments").then().body("code", org.hamcrest.Matchers.not(hasItem(code)));

        given().auth().oauth2(INSPECTOR).when().get("/api/departments/" + code + "/versions")
                .then().statusCode(Status.OK.getStatusCode())
                .body("version", contains(1, 2, 3)).body("active", contains(true, true, false))
                .body("[1].districts", contains("gulou", "taijiang")).body("changedBy", org.hamcrest.Matchers.everyItem(equalTo("zhou.ping")));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("code", code, "nameZh", "重复", "nameEn", "Duplicate"))
                .when().post("/api/departments").then().statusCode(Status.CONFLICT.getStatusCode());

        try (TopicProbe probe = TopicProbe.reading(bootstrapServers, "audit.recorded")) {
            List<ConsumerRecord<String, String>> records = probe.awaitKey("department:" + code, 3, Duration.ofSeconds(30));
            assertEquals(List.of("DEPARTMENT_CHANGED"),
                    records.stream().map(r -> codec.parse(r.value()).data().path("action").asText()).distinct().toList());
        }
    }
}
