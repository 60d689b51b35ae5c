package org.civicgrievance.routing.placement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
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
import org.civicgrievance.platform.events.CloudEvent;
import org.civicgrievance.platform.events.EventCodec;
import org.civicgrievance.routing.CaseEvents;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** A dispatcher places a case no rule placed, once, with a reason; it is routed like any other. */
@QuarkusTest
class TriageByHandTest {

    private static final String OPERATOR = StaffTokens.operator("chen.jing");

    @Inject
    EventCodec codec;

    @Inject
    CaseEvents events;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aDispatcherPlacesAWaitingCaseOnceWithAReason() throws Exception {
        String caseId = parkedCase("楼道里有人被困在电梯里");
        given().auth().oauth2(OPERATOR).queryParam("size", 100).when().get("/api/triage")
                .then().statusCode(Status.OK.getStatusCode())
                .body("items.find { it.caseId == '%s' }.priority".formatted(caseId), equalTo("SPECIAL_HANDLING"))
                .body("items.find { it.caseId == '%s' }.overdue".formatted(caseId), equalTo(false))
                .body("items.find { it.caseId == '%s' }.dueAt".formatted(caseId), org.hamcrest.Matchers.notNullValue());

        String key = UUID.randomUUID().toString();
        Map<String, String> body = Map.of("department", "housing", "reason", "电梯属于住建局监管");
        given().auth().oauth2(OPERATOR).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post("/api/triage/{id}/placement", caseId)
                .then().log().ifValidationFails().statusCode(Status.CREATED.getStatusCode())
                .body("department", equalTo("housing")).body("ruleId", nullValue())
                .body("placedBy", equalTo("chen.jing"))
                .body("reason", startsWith("placed by chen.jing: 电梯属于住建局监管; priority SPECIAL_HANDLING"));
        // a retry with the same key is answered again; another placement of the same case is refused
        given().auth().oauth2(OPERATOR).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post("/api/triage/{id}/placement", caseId)
                .then().statusCode(Status.CREATED.getStatusCode());
        given().auth().oauth2(StaffTokens.operator("liu.yang")).contentType(ContentType.JSON)
                .body(Map.of("department", "transport", "reason", "换一个部门"))
                .when().post("/api/triage/{id}/placement", caseId)
                .then().statusCode(Status.CONFLICT.getStatusCode()).contentType("application/problem+json")
                .body("type", equalTo("urn:civic-grievance:problem:already-placed"));

        try (TopicProbe probe = TopicProbe.reading(bootstrapServers, "grievance.routed")) {
            List<ConsumerRecord<String, String>> routed = probe.awaitKey(caseId, 1, Duration.ofSeconds(30));
            assertEquals(1, routed.size(), "routed once");
            CloudEvent event = codec.parse(routed.get(0).value());
            assertEquals("0123456789abcdef0123456789abcdef", event.traceid(), "the trace id follows the case");
            JsonNode data = event.data();
            assertEquals("housing", data.path("department").asText());
            assertTrue(data.path("ruleId").isNull());
            assertTrue(data.path("reason").asText().startsWith("placed by chen.jing: 电梯属于住建局监管"));
            assertEquals("SPECIAL_HANDLING", data.path("priority").asText());
            assertEquals("楼道里有人被困在电梯里", data.path("description").asText());
        }
        try (TopicProbe probe = TopicProbe.reading(bootstrapServers, "audit.recorded")) {
            List<JsonNode> audits = probe.awaitKey(caseId, 2, Duration.ofSeconds(30)).stream()
                    .map(r -> codec.parse(r.value()).data()).toList();
            assertEquals(List.of("CASE_PARKED_FOR_TRIAGE", "CASE_ROUTED"), audits.stream().map(a -> a.path("action").asText()).toList());
            assertEquals("chen.jing", audits.get(1).path("actor").asText());
            assertEquals("operator", audits.get(1).path("actorRole").asText());
            assertEquals("TRIAGE", audits.get(1).path("before").asText());
            assertEquals("housing", audits.get(1).path("after").asText());
        }
        given().auth().oauth2(OPERATOR).queryParam("size", 100).when().get("/api/triage")
                .then().body("items.caseId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(caseId)));
        given().auth().oauth2(StaffTokens.inspector("li.qiang")).when().get("/api/cases/{id}/placements", caseId)
                .then().body("placedBy", contains("chen.jing")).body("department", contains("housing"))
                .body("[0].ruleId", nullValue());
    }

    @Test
    void aDispatcherSplitsACaseIntoLinkedCasesOnePerDepartment() throws Exception {
        String caseId = parkedCase("小区门口路面塌陷，下面的水管也破了");
        String tracking = given().auth().oauth2(OPERATOR).queryParam("size", 100).when().get("/api/triage").then().extract()
                .path("items.find { it.caseId == '%s' }.trackingNumber".formatted(caseId));
        Map<String, Object> split = Map.of("parts", List.of(
                Map.of("department", "transport", "reason", "路面归交通局"),
                Map.of("department", "water-affairs", "reason", "水管归水务局")));
        List<String> partIds = given().auth().oauth2(OPERATOR).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(ContentType.JSON).body(split)
                .when().post("/api/triage/{id}/split", caseId)
                .then().log().ifValidationFails().statusCode(Status.CREATED.getStatusCode())
                .body("department", contains("transport", "water-affairs"))
                .body("trackingNumber", contains(tracking + "-1", tracking + "-2"))
                .body("splitFrom", contains(caseId, caseId))
                .body("[0].reason", startsWith("split from " + tracking + " by chen.jing: 路面归交通局"))
                .extract().path("caseId");
        assertEquals(2, partIds.stream().distinct().count());
        assertTrue(partIds.stream().noneMatch(caseId::equals), "each part is a case of its own");

        try (TopicProbe probe = TopicProbe.reading(bootstrapServers, "grievance.routed")) {
            for (int i = 0; i < 2; i++) {
                List<ConsumerRecord<String, String>> routed = probe.awaitKey(partIds.get(i), 1, Duration.ofSeconds(30));
                JsonNode data = codec.parse(routed.get(0).value()).data();
                assertEquals(List.of("transport", "water-affairs").get(i), data.path("department").asText());
                assertEquals(tracking + "-" + (i + 1), data.path("trackingNumber").asText());
                assertEquals(caseId, data.path("splitFrom").asText());
                assertEquals("小区门口路面塌陷，下面的水管也破了", data.path("description").asText());
            }
        }
        try (TopicProbe probe = TopicProbe.reading(bootstrapServers, "audit.recorded")) {
            List<JsonNode> audits = probe.awaitKey(caseId, 2, Duration.ofSeconds(30)).stream()
                    .map(r -> codec.parse(r.value()).data()).toList();
            assertEquals(List.of("CASE_PARKED_FOR_TRIAGE", "CASE_SPLIT"), audits.stream().map(a -> a.path("action").asText()).toList());
            assertEquals("transport, water-affairs", audits.get(1).path("after").asText());
        }
        given().auth().oauth2(StaffTokens.inspector("li.qiang")).when().get("/api/cases/{id}/placements", caseId)
                .then().statusCode(Status.OK.getStatusCode())
                .body("caseId", contains(partIds.get(0), partIds.get(1))).body("placedBy", contains("chen.jing", "chen.jing"));
        given().auth().oauth2(StaffTokens.inspector("li.qiang")).when().get("/api/cases/{id}/placements", partIds.get(1))
                .then().statusCode(Status.OK.getStatusCode())
                .body("department", contains("water-affairs")).body("splitFrom", contains(caseId));
        given().auth().oauth2(OPERATOR).contentType(ContentType.JSON).body(Map.of("department", "housing", "reason", "再放一次"))
                .when().post("/api/triage/{id}/placement", caseId)
                .then().statusCode(Status.CONFLICT.getStatusCode());
    }

    @Test
    void aSplitHasTwoOrMorePartsForDifferentActiveDepartments() {
        String caseId = parkedCase("拆分规则");
        for (List<Map<String, String>> parts : List.of(
                List.of(Map.of("department", "transport", "reason", "一个部门")),
                List.of(Map.of("department", "transport", "reason", "一"), Map.of("department", "transport", "reason", "二")),
                List.of(Map.of("department", "transport", "reason", "一"), Map.of("department", "nowhere", "reason", "二")))) {
            given().auth().oauth2(OPERATOR).contentType(ContentType.JSON).body(Map.of("parts", parts))
                    .when().post("/api/triage/{id}/split", caseId)
                    .then().statusCode(Status.BAD_REQUEST.getStatusCode()).contentType("application/problem+json");
        }
        given().auth().oauth2(StaffTokens.admin("zhou.ping")).contentType(ContentType.JSON)
                .body(Map.of("parts", List.of(Map.of("department", "transport", "reason", "一"),
                        Map.of("department", "housing", "reason", "二"))))
                .when().post("/api/triage/{id}/split", caseId).then().statusCode(Status.FORBIDDEN.getStatusCode());
        given().auth().oauth2(OPERATOR).queryParam("size", 100).when().get("/api/triage").then().body("items.caseId", org.hamcrest.Matchers.hasItem(caseId));
    }

    @Test
    void theCaseMustWaitInTriageAndTheDepartmentMustBeActive() {
        String caseId = parkedCase("不知道归谁管");
        given().auth().oauth2(OPERATOR).contentType(ContentType.JSON)
                .body(Map.of("department", "no-such-department", "reason", "试试"))
                .when().post("/api/triage/{id}/placement", caseId)
                .then().statusCode(Status.BAD_REQUEST.getStatusCode()).body("errors.field", contains("department"));
        given().auth().oauth2(OPERATOR).contentType(ContentType.JSON)
                .body(Map.of("department", "housing", "reason", " "))
                .when().post("/api/triage/{id}/placement", caseId)
                .then().statusCode(Status.BAD_REQUEST.getStatusCode()).body("errors.field", contains("reason"));
        given().auth().oauth2(OPERATOR).contentType(ContentType.JSON)
                .body(Map.of("department", "housing", "reason", "住建"))
                .when().post("/api/triage/{id}/placement", UUID.randomUUID().toString())
                .then().statusCode(Status.NOT_FOUND.getStatusCode());
        given().auth().oauth2(OPERATOR).queryParam("size", 100).when().get("/api/triage")
                .then().body("items.caseId", org.hamcrest.Matchers.hasItem(caseId));
    }

    @Test
    void onlyOperatorsPlaceByHand() {
        String caseId = parkedCase("只有调度员可以分派");
        Map<String, String> body = Map.of("department", "housing", "reason", "住建");
        for (String token : new String[] { StaffTokens.admin("zhou.ping"), StaffTokens.inspector("li.qiang"),
                StaffTokens.handler("wang.li", "housing"), StaffTokens.supervisor("zhang.wei", "housing") }) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                    .when().post("/api/triage/{id}/placement", caseId).then().statusCode(Status.FORBIDDEN.getStatusCode());
        }
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/triage/{id}/placement", caseId).then().statusCode(Status.UNAUTHORIZED.getStatusCode());
    }

    /** A case intake accepted that no rule places, once it waits in the queue. */
    private String parkedCase(String description) {
        String caseId = events.submit(description);
        events.awaitTriage(caseId);
        return caseId;
    }
}
