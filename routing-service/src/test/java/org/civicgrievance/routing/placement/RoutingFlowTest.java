package org.civicgrievance.routing.placement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;

import io.quarkus.test.junit.QuarkusTest;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.awaitility.Awaitility;
import org.civicgrievance.infra.test.StaffTokens;
import org.civicgrievance.infra.test.StatementLog;
import org.civicgrievance.infra.test.TopicProbe;
import org.civicgrievance.platform.events.CloudEvent;
import org.civicgrievance.platform.events.EventCodec;
import org.civicgrievance.platform.outbox.OutboxEvent;
import org.civicgrievance.platform.outbox.OutboxEventRepository;
import org.civicgrievance.routing.rule.RuleBook;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Submitted cases arrive over the real broker and leave as routed events naming the deciding rule. */
@QuarkusTest
class RoutingFlowTest {

    private static final String SUBMITTED = "grievance.submitted";
    private static final String ROUTED = "grievance.routed";
    private static final String OPERATOR = StaffTokens.operator("chen.jing");

    @Inject
    EventCodec codec;

    @Inject
    PlacementRepository placements;

    @Inject
    OutboxEventRepository outbox;

    @Inject
    RuleBook ruleBook;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aStreetLightComplaintIsRoutedToUrbanManagementByItsRule() throws Exception {
        String caseId = UUID.randomUUID().toString();
        CloudEvent submitted = submittedEvent(caseId, "street-lighting");
        send(submitted, null);

        JsonNode routed = awaitRouted(caseId);
        assertEquals("grievance.routed", routed.path("type").asText());
        assertEquals(caseId, routed.path("subject").asText());
        assertEquals(submitted.traceid(), routed.path("traceid").asText(), "the trace id follows the case");
        JsonNode data = routed.path("data");
        assertEquals("urban-management", data.path("department").asText());
        assertEquals(1, data.path("ruleId").asLong());
        assertEquals(1, data.path("ruleVersion").asInt());
        assertTrue(data.path("reason").asText().contains("street-lighting"), data.path("reason").asText());
        assertEquals("幸福路12号门口的路灯坏了一周 🚨", data.path("description").asText());
        assertEquals("13812345678", data.path("contact").path("phone").asText());
        assertEquals("NORMAL", data.path("priority").asText());

        List<Placement> history = placements.historyOf(caseId);
        assertEquals(1, history.size());
        assertEquals(1L, history.get(0).getRuleId());
        given().auth().oauth2(StaffTokens.inspector("li.qiang")).when().get("/api/cases/{id}/placements", caseId)
                .then().statusCode(Status.OK.getStatusCode())
                .body("department", org.hamcrest.Matchers.contains("urban-management"))
                .body("[0].ruleId", org.hamcrest.Matchers.equalTo(1)).body("[0].ruleVersion", org.hamcrest.Matchers.equalTo(1))
                .body("[0].reason", org.hamcrest.Matchers.startsWith("rule 1 v1 (priority 10) matched category 'street-lighting'"))
                .body("[0].priority", org.hamcrest.Matchers.equalTo("NORMAL"))
                .body("[0].placedBy", org.hamcrest.Matchers.equalTo("routing-service"))
                .body("[0].placedAt", org.hamcrest.Matchers.notNullValue());
        JsonNode audit = awaitAudit(caseId);
        assertEquals("CASE_ROUTED", audit.path("action").asText());
        assertEquals("routing-service", audit.path("actor").asText());
        assertEquals("urban-management", audit.path("after").asText());
    }

    @Test
    void urgentKeywordsMakeSpecialHandlingAndGreenChannelReasonsTheGreenChannel() throws Exception {
        String urgent = UUID.randomUUID().toString();
        send(submittedEvent(urgent, "street-lighting", "路灯杆漏电", "下雨后路灯杆漏电，有人 触电 了", List.of("ELDERLY")), null);
        String green = UUID.randomUUID().toString();
        send(submittedEvent(green, "street-lighting", "路灯不亮", "晚上看不见路", List.of("ELDERLY", "DISABLED")), null);

        JsonNode special = awaitRouted(urgent).path("data");
        assertEquals("SPECIAL_HANDLING", special.path("priority").asText());
        assertTrue(special.path("reason").asText().endsWith("priority SPECIAL_HANDLING (urgent keyword '触电')"),
                special.path("reason").asText());
        JsonNode greenChannel = awaitRouted(green).path("data");
        assertEquals("GREEN_CHANNEL", greenChannel.path("priority").asText());
        assertTrue(greenChannel.path("reason").asText().contains("green channel: DISABLED, ELDERLY"),
                greenChannel.path("reason").asText());
        assertEquals("SPECIAL_HANDLING", placements.historyOf(urgent).get(0).getPriority().name());
    }

    @Test
    void aChineseKeywordRuleRoutesAndEachCaseRecordsTheRuleVersionThatPlacedIt() throws Exception {
        String admin = StaffTokens.admin("zhou.ping");
        String keyword = "井盖" + UUID.randomUUID().toString().substring(0, 6);
        int priority = org.civicgrievance.routing.rule.TestRules.freshPriority();
        Map<String, Object> rule = org.civicgrievance.routing.rule.TestRules.rule(priority, "transport", keyword);
        long ruleId = org.civicgrievance.routing.rule.TestRules.create(rule);

        String first = UUID.randomUUID().toString();
        send(submittedEvent(first, "category-no-rule-has", "路上" + keyword.substring(0, 2) + " " + keyword.substring(2)
                + "丢了", "很危险", List.of()), null);
        JsonNode firstRouted = awaitRouted(first).path("data");
        assertEquals("transport", firstRouted.path("department").asText());
        assertEquals(ruleId, firstRouted.path("ruleId").asLong());
        assertEquals(1, firstRouted.path("ruleVersion").asInt());
        assertTrue(firstRouted.path("reason").asText().contains("matched keyword '" + keyword + "'"),
                firstRouted.path("reason").asText());

        rule.put("department", "urban-management");
        given().auth().oauth2(admin).contentType(io.restassured.http.ContentType.JSON).body(rule)
                .when().put("/api/routing-rules/" + ruleId).then().statusCode(Status.OK.getStatusCode());
        String second = UUID.randomUUID().toString();
        send(submittedEvent(second, "category-no-rule-has", keyword, "又丢了一个", List.of()), null);
        JsonNode secondRouted = awaitRouted(second).path("data");
        assertEquals("urban-management", secondRouted.path("department").asText());
        assertEquals(2, secondRouted.path("ruleVersion").asInt());
        assertEquals(1, placements.historyOf(first).get(0).getRuleVersion(), "the first case keeps the version that placed it");
        assertEquals(2, placements.historyOf(second).get(0).getRuleVersion());
    }

    @Test
    void routingACaseCostsAFixedHandfulOfStatementsAndNoRuleQuery() throws Exception {
        ruleBook.current(); // loaded once, before the case arrives
        String caseId = UUID.randomUUID().toString();
        StatementLog.startForCase(caseId);
        send(submittedEvent(caseId, "noise"), null);
        awaitRouted(caseId);
        List<String> statements = StatementLog.stop(caseId);

        List<String> ruleQueries = statements.stream()
                .filter(sql -> sql.contains("from routing_rule") || sql.contains("from department"))
                .toList();
        assertEquals(List.of(), ruleQueries, "rules and departments come from memory");
        // the inbox's check; the case's submission and placements so far (a split part or a repeat);
        // the submission kept for re-routing; the placement; its event and its audit event (one INSERT
        // for all that the batch emits); the inbox's entry (one for the batch)
        assertEquals(7, statements.size(), statements.toString());
        assertEquals(1, statements.stream().filter(sql -> sql.startsWith("insert into outbox_event")).count(),
                statements.toString());
    }

    @Test
    void aRedeliveredOrRepublishedSubmissionIsRoutedOnce() throws Exception {
        String caseId = UUID.randomUUID().toString();
        CloudEvent submitted = submittedEvent(caseId, "noise");
        RecordMetadata first = send(submitted, null);
        awaitRouted(caseId);

        // the same event again, and the same case under a new event id; then a marker on the same
        // partition: once the marker is routed, both duplicates have been consumed before it
        send(submitted, first.partition());
        send(submittedEvent(caseId, "noise"), first.partition());
        String markerId = UUID.randomUUID().toString();
        send(submittedEvent(markerId, "noise"), first.partition());
        awaitRouted(markerId);

        assertEquals(1, placements.historyOf(caseId).size());
        assertEquals(List.of("grievance.routed", "audit.recorded"),
                outbox.findByKey(caseId).stream().map(OutboxEvent::getTopic).toList());
    }

    @Test
    void aCaseNoRuleMatchesWaitsInTriage() {
        String caseId = UUID.randomUUID().toString();
        send(submittedEvent(caseId, "unheard-of-category"), null);

        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().auth().oauth2(OPERATOR).queryParam("size", 100).when().get("/api/triage")
                        .then().extract().<List<String>>path("items.caseId").contains(caseId));
        given().auth().oauth2(OPERATOR).queryParam("size", 100).when().get("/api/triage")
                .then().statusCode(Status.OK.getStatusCode())
                .body("items.caseId", hasItem(caseId))
                .body("items.find { it.caseId == '%s' }.category".formatted(caseId), org.hamcrest.Matchers.equalTo("unheard-of-category"))
                .body("items.find { it.caseId == '%s' }.priority".formatted(caseId), org.hamcrest.Matchers.equalTo("NORMAL"));
        assertEquals(0, placements.historyOf(caseId).size());
        given().auth().oauth2(OPERATOR).when().get("/api/cases/{id}/placements", caseId)
                .then().statusCode(Status.OK.getStatusCode()).body("size()", org.hamcrest.Matchers.equalTo(0));
        assertEquals("CASE_PARKED_FOR_TRIAGE", awaitAudit(caseId).path("action").asText());
        assertEquals(List.of("audit.recorded"), outbox.findByKey(caseId).stream().map(OutboxEvent::getTopic).toList(),
                "nothing is routed, the parking is audited");
    }

    @Test
    void departmentsAndRulesArePublished() {
        given().when().get("/api/departments")
                .then().statusCode(Status.OK.getStatusCode())
                .body("code", hasItems("urban-management", "water-affairs", "environment", "transport", "housing"))
                .body("find { it.code == 'urban-management' }.nameZh", org.hamcrest.Matchers.equalTo("城市管理局"));
        given().auth().oauth2(StaffTokens.admin("zhou.ping")).when().get("/api/routing-rules")
                .then().statusCode(Status.OK.getStatusCode())
                .body("category", hasItem("street-lighting"));
    }

    @Test
    void placementHistoryIsForInspectorsOperatorsAndAdministrators() {
        String unknown = UUID.randomUUID().toString();
        for (String token : new String[] { StaffTokens.inspector("li.qiang"), OPERATOR, StaffTokens.admin("zhou.ping") }) {
            given().auth().oauth2(token).when().get("/api/cases/{id}/placements", unknown)
                    .then().statusCode(Status.NOT_FOUND.getStatusCode()).contentType("application/problem+json");
        }
        for (String token : new String[] { StaffTokens.handler("wang.li", "urban-management"),
                StaffTokens.supervisor("zhang.wei", "urban-management") }) {
            given().auth().oauth2(token).when().get("/api/cases/{id}/placements", unknown)
                    .then().statusCode(Status.FORBIDDEN.getStatusCode());
        }
        given().when().get("/api/cases/{id}/placements", unknown).then().statusCode(Status.UNAUTHORIZED.getStatusCode());
    }

    private JsonNode awaitRouted(String caseId) throws Exception {
        try (TopicProbe probe = TopicProbe.reading(bootstrapServers, ROUTED)) {
            List<ConsumerRecord<String, String>> records = probe.awaitKey(caseId, 1, Duration.ofSeconds(30));
            assertEquals(1, records.size(), "a grievance.routed event for " + caseId);
            return codec.toTree(codec.parse(records.get(0).value()));
        }
    }

    private JsonNode awaitAudit(String caseId) {
        try (TopicProbe probe = TopicProbe.reading(bootstrapServers, "audit.recorded")) {
            List<ConsumerRecord<String, String>> records = probe.awaitKey(caseId, 1, Duration.ofSeconds(30));
            assertEquals(1, records.size(), "one audit event for " + caseId);
            return codec.parse(records.get(0).value()).data();
        }
    }

    private RecordMetadata send(CloudEvent event, Integer partition) {
        return TopicProbe.send(bootstrapServers, SUBMITTED, partition, event.subject(), codec.write(event));
    }

    private CloudEvent submittedEvent(String caseId, String category) {
        return submittedEvent(caseId, category, "路灯不亮", "幸福路12号门口的路灯坏了一周 🚨", List.of());
    }

    private CloudEvent submittedEvent(String caseId, String category, String title, String description,
            List<String> greenChannel) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("caseId", caseId);
        data.put("trackingNumber", "GR-2026-" + String.format("%08d", Math.abs(caseId.hashCode() % 100_000_000)));
        data.put("kind", "COMPLAINT");
        data.put("category", category);
        data.put("title", title);
        data.put("description", description);
        data.put("greenChannel", greenChannel);
        data.put("location", Map.of("address", "幸福路12号", "district", "gulou"));
        data.put("contact", Map.of("name", "张三", "phone", "13812345678"));
        data.put("channel", "API");
        data.put("submittedAt", Instant.now().toString());
        return CloudEvent.of("/intake-service", SUBMITTED, caseId, UUID.randomUUID().toString().replace("-", ""),
                Instant.now(), codec.toTree(data));
    }
}
