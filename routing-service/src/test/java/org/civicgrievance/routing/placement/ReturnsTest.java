package org.civicgrievance.routing.placement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;

import io.quarkus.test.junit.QuarkusTest;

import org.civicgrievance.infra.test.StaffTokens;
import org.civicgrievance.platform.events.CloudEvent;
import org.civicgrievance.platform.events.EventCodec;
import org.civicgrievance.platform.outbox.OutboxEvent;
import org.civicgrievance.platform.outbox.OutboxEventRepository;
import org.civicgrievance.routing.CaseEvents;
import org.civicgrievance.routing.rule.TestRules;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A department returns 退单 a case over the real broker, as resolution-service reports it; routing
 * places it on the next matching rule whose department never held it, or parks it for a dispatcher.
 */
@QuarkusTest
class ReturnsTest {

    private static final List<String> DEPARTMENTS = List.of("urban-management", "transport", "water-affairs",
            "environment", "housing");
    private static final String OPERATOR = StaffTokens.operator("chen.jing");

    @Inject
    EventCodec codec;

    @Inject
    OutboxEventRepository outbox;

    @Inject
    CaseEvents events;

    /**
     * Property: whatever the order of the rules, a case each department returns in turn visits every
     * department once, never one twice, even one a second rule names again, and ends in triage.
     */
    @Test
    void aCaseReturnedByEachDepartmentInTurnNeverRevisitsOneAndEndsInTriage() {
        String keyword = "推诿" + UUID.randomUUID().toString().substring(0, 8);
        List<String> order = new ArrayList<>(DEPARTMENTS);
        Collections.shuffle(order);
        List<Integer> priorities = IntStream.range(0, order.size() + 1).mapToObj(i -> TestRules.freshPriority())
                .distinct().sorted().toList();
        assertEquals(order.size() + 1, priorities.size(), "fresh priorities");
        for (int i = 0; i < order.size(); i++) {
            TestRules.create(TestRules.rule(priorities.get(i), order.get(i), keyword));
        }
        // the department placed first is named again by the last rule: held once, skipped for good
        TestRules.create(TestRules.rule(priorities.get(order.size()), order.get(0), keyword));

        String caseId = events.submit("楼下" + keyword + "，没人管");
        for (int i = 0; i < order.size(); i++) {
            JsonNode routed = events.awaitRouted(caseId, i + 1).get(i);
            assertEquals(order.get(i), routed.path("department").asText(), "placement " + (i + 1));
            if (i > 0) {
                assertTrue(routed.path("reason").asText().startsWith("re-placed after a return by " + order.get(i - 1)
                        + ": rule "), routed.path("reason").asText());
                assertEquals("楼下" + keyword + "，没人管", routed.path("description").asText(), "the case as submitted");
            }
            events.sendReturn(events.returned(caseId, order.get(i), "不归我们管 " + i, "handler-" + i, Instant.now()));
        }
        events.awaitTriage(caseId);

        String last = order.get(order.size() - 1);
        given().auth().oauth2(OPERATOR).queryParam("size", 100).when().get("/api/triage")
                .then().body("items.find { it.caseId == '%s' }.returnedByDepartment".formatted(caseId), equalTo(last))
                .body("items.find { it.caseId == '%s' }.returnedBy".formatted(caseId), equalTo("handler-4"))
                .body("items.find { it.caseId == '%s' }.reason".formatted(caseId),
                        org.hamcrest.Matchers.startsWith("returned by %s (handler-4): 不归我们管 4; no routing rule matches"
                                .formatted(last)));
        assertEquals(order.size(), outbox.findByKey(caseId).stream().filter(e -> e.getTopic().equals("grievance.routed"))
                .count(), "routed once per department, not again after the last return");
        given().auth().oauth2(StaffTokens.inspector("li.qiang")).when().get("/api/cases/{id}/placements", caseId)
                .then().statusCode(Status.OK.getStatusCode())
                .body("department", equalTo(order))
                .body("returned.department", equalTo(order))
                .body("returned.returnedBy", contains("handler-0", "handler-1", "handler-2", "handler-3", "handler-4"))
                .body("[0].returned.reason", equalTo("不归我们管 0"))
                .body("[0].returned.confirmedOwn", equalTo(false));

        List<JsonNode> audits = events.awaitAudit(caseId, order.size() + 1);
        assertEquals(order.size() + 1, audits.size(), "audit records of " + caseId);
        assertEquals("CASE_ROUTED", audits.get(1).path("action").asText());
        assertEquals(order.get(0), audits.get(1).path("before").asText(), "the re-placement names who returned it");
        assertEquals(order.get(1), audits.get(1).path("after").asText());
        assertEquals("CASE_PARKED_FOR_TRIAGE", audits.get(order.size()).path("action").asText());
        assertEquals(last, audits.get(order.size()).path("before").asText());
        assertEquals("TRIAGE", audits.get(order.size()).path("after").asText());
    }

    @Test
    void redeliveredRepublishedAndStaleReturnsChangeNothing() {
        String keyword = "重复退单" + UUID.randomUUID().toString().substring(0, 8);
        List<String> departments = List.of("transport", "water-affairs", "environment");
        List<Integer> priorities = IntStream.range(0, 3).mapToObj(i -> TestRules.freshPriority()).distinct().sorted()
                .toList();
        for (int i = 0; i < priorities.size(); i++) {
            TestRules.create(TestRules.rule(priorities.get(i), departments.get(i), keyword));
        }
        String caseId = events.submit(keyword);
        events.awaitRouted(caseId, 1);
        CloudEvent returned = events.returned(caseId, "transport", "不是交通的事", "wang.li", Instant.now());
        events.sendReturn(returned);
        Instant secondPlacedBefore = Instant.now();
        assertEquals("water-affairs", events.awaitRouted(caseId, 2).get(1).path("department").asText());

        events.sendReturn(returned); // redelivered
        events.sendReturn(events.returned(caseId, "transport", "不是交通的事", "wang.li",
                codec.data(returned, ReturnedCase.class).returnedAt())); // republished under a new id
        events.sendReturn(events.returned(caseId, "water-affairs", "早于当前分派的退单", "zhao.min",
                secondPlacedBefore.minus(Duration.ofMinutes(5)))); // older than the placement it would end
        // one key, one partition: once this return is applied, the three before it were read first
        events.sendReturn(events.returned(caseId, "water-affairs", "不是水务的事", "zhao.min", Instant.now()));

        List<JsonNode> routed = events.awaitRouted(caseId, 3);
        assertEquals(List.of("transport", "water-affairs", "environment"),
                routed.stream().map(r -> r.path("department").asText()).toList());
        assertEquals(3, outbox.findByKey(caseId).stream().map(OutboxEvent::getTopic).filter("grievance.routed"::equals)
                .count(), "each return applied once");
        given().auth().oauth2(OPERATOR).when().get("/api/cases/{id}/placements", caseId)
                .then().statusCode(Status.OK.getStatusCode())
                .body("department", contains("transport", "water-affairs", "environment"))
                .body("[0].returned.reason", equalTo("不是交通的事"))
                .body("[1].returned.reason", equalTo("不是水务的事"))
                .body("[2].returned", nullValue());
    }

    @Test
    void aReturnThatEndsNoCurrentPlacementChangesNothing() {
        String caseId = events.submit("没有规则" + UUID.randomUUID());
        events.awaitTriage(caseId);
        events.sendReturn(events.returned(caseId, "housing", "从没分给我们", "wang.li", Instant.now()));
        events.sendReturn(events.returned(UUID.randomUUID().toString(), "housing", "不认识的案件", "wang.li",
                Instant.now()));
        place(caseId, "environment", "环保局负责");
        CloudEvent environmentReturns = events.returned(caseId, "environment", "也不是环保的事", "li.na", Instant.now());
        events.sendReturn(environmentReturns);
        events.awaitTriage(caseId);
        // the same return again under a new id: the placement it ended was returned already
        events.sendReturn(events.returned(caseId, "environment", "也不是环保的事", "li.na",
                codec.data(environmentReturns, ReturnedCase.class).returnedAt()));
        place(caseId, "housing", "住建局负责");
        events.sendReturn(events.returned(caseId, "housing", "也不是住建的事", "wang.li", Instant.now()));
        events.awaitTriage(caseId);

        given().auth().oauth2(OPERATOR).when().get("/api/cases/{id}/placements", caseId)
                .then().body("department", contains("environment", "housing"))
                .body("returned.department", contains("environment", "housing"))
                .body("returned.reason", contains("也不是环保的事", "也不是住建的事"));
        given().auth().oauth2(OPERATOR).queryParam("size", 100).when().get("/api/triage")
                .then().body("items.find { it.caseId == '%s' }.returnedByDepartment".formatted(caseId), equalTo("housing"));
        assertEquals(2, outbox.findByKey(caseId).stream().map(OutboxEvent::getTopic).filter("grievance.routed"::equals)
                .count());
    }

    private static void place(String caseId, String department, String reason) {
        given().auth().oauth2(OPERATOR).contentType(io.restassured.http.ContentType.JSON)
                .body(java.util.Map.of("department", department, "reason", reason))
                .when().post("/api/triage/{id}/placement", caseId).then().statusCode(Status.CREATED.getStatusCode());
    }
}
