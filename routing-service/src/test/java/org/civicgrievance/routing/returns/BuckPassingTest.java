package org.civicgrievance.routing.returns;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.civicgrievance.infra.test.StaffTokens;
import org.civicgrievance.routing.CaseEvents;
import org.civicgrievance.routing.rule.TestRules;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The flow within routing, over the real broker: a case no rule places waits in triage, a
 * dispatcher places it, the department returns it, a rule places it elsewhere; then the buck-passing
 * 推诿 that discipline officials count per department and period.
 */
@QuarkusTest
class BuckPassingTest {

    private static final String OPERATOR = StaffTokens.operator("chen.jing");
    private static final String INSPECTOR = StaffTokens.inspector("li.qiang");
    private static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

    @Inject
    CaseEvents events;

    @Test
    void triageThenDispatcherThenReturnThenElsewhereAndTheBuckPassingItCounts() {
        // the returns happen on a day of their own, so that day's report holds this case alone
        LocalDate day = LocalDate.of(2030, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(25_000));
        String keyword = "电梯异响" + UUID.randomUUID().toString().substring(0, 8);
        String caseId = events.submit("小区" + keyword + "，请尽快处理");
        events.awaitTriage(caseId);
        // a rule for such cases arrives after the case was parked: only a return lets it decide
        long ruleId = TestRules.create(TestRules.rule(TestRules.freshPriority(), "transport", keyword));

        place(caseId, "housing", "电梯归住建局");
        assertEquals("housing", events.awaitRouted(caseId, 1).get(0).path("department").asText());

        events.sendReturn(events.returned(caseId, "housing", "电梯维保归物业，不是我们", "wang.li", at(day, 9)));
        JsonNode elsewhere = events.awaitRouted(caseId, 2).get(1);
        assertEquals("transport", elsewhere.path("department").asText());
        assertEquals(ruleId, elsewhere.path("ruleId").asLong());
        assertTrue(elsewhere.path("reason").asText().startsWith("re-placed after a return by housing: rule " + ruleId),
                elsewhere.path("reason").asText());

        // transport returns it too: the rule's department held it, so a dispatcher decides
        events.sendReturn(events.returned(caseId, "transport", "不是道路问题", "sun.hao", at(day, 10)));
        events.awaitTriage(caseId);
        given().auth().oauth2(OPERATOR).queryParam("size", 100).when().get("/api/triage")
                .then().body("items.find { it.caseId == '%s' }.returnedByDepartment".formatted(caseId), equalTo("transport"))
                .body("items.find { it.caseId == '%s' }.returnedBy".formatted(caseId), equalTo("sun.hao"));
        // the dispatcher decides it was housing's own after all: housing's return counts against housing
        place(caseId, "housing", "经核实确属住建局职责");
        events.awaitRouted(caseId, 3);
        // housing returns it once more: a third return, the case bounced
        events.sendReturn(events.returned(caseId, "housing", "还是不归我们", "wang.li", at(day, 11)));
        events.awaitTriage(caseId);

        given().auth().oauth2(INSPECTOR).queryParam("from", day.toString()).queryParam("to", day.toString())
                .when().get("/api/buck-passing")
                .then().log().ifValidationFails().statusCode(Status.OK.getStatusCode())
                .body("from", equalTo(day.toString())).body("zone", equalTo("Asia/Shanghai"))
                .body("departments[0].department", equalTo("housing"))
                .body("departments.find { it.department == 'housing' }.confirmedOwnReturns", equalTo(1))
                .body("departments.find { it.department == 'housing' }.bouncedCases", equalTo(1))
                .body("departments.find { it.department == 'housing' }.confirmedOwn.caseId", contains(caseId))
                .body("departments.find { it.department == 'housing' }.confirmedOwn[0].trackingNumber",
                        equalTo(CaseEvents.trackingNumber(caseId)))
                .body("departments.find { it.department == 'housing' }.confirmedOwn[0].returns.reason",
                        contains("电梯维保归物业，不是我们", "不是道路问题", "还是不归我们"))
                .body("departments.find { it.department == 'housing' }.confirmedOwn[0].returns.confirmedOwn",
                        contains(true, false, false))
                .body("departments.find { it.department == 'housing' }.confirmedOwn[0].returns[0].confirmedOwnBy",
                        equalTo("chen.jing"))
                .body("departments.find { it.department == 'housing' }.bounced.caseId", contains(caseId))
                .body("departments.find { it.department == 'transport' }.confirmedOwnReturns", equalTo(0))
                .body("departments.find { it.department == 'transport' }.bouncedCases", equalTo(1))
                .body("departments.find { it.department == 'transport' }.bounced[0].returns.department",
                        contains("housing", "transport", "housing"))
                .body("departments.find { it.department == 'water-affairs' }.bouncedCases", equalTo(0));
        // the day before counts none of it
        given().auth().oauth2(INSPECTOR).queryParam("from", day.minusDays(1).toString())
                .queryParam("to", day.minusDays(1).toString())
                .when().get("/api/buck-passing")
                .then().statusCode(Status.OK.getStatusCode())
                .body("departments.find { it.department == 'housing' }.confirmedOwnReturns", equalTo(0))
                .body("departments.find { it.department == 'housing' }.bouncedCases", equalTo(0));

        given().auth().oauth2(INSPECTOR).when().get("/api/cases/{id}/placements", caseId)
                .then().statusCode(Status.OK.getStatusCode())
                .body("department", contains("housing", "transport", "housing"))
                .body("placedBy", contains("chen.jing", "routing-service", "chen.jing"))
                .body("returned.department", contains("housing", "transport", "housing"))
                .body("returned.confirmedOwn", contains(true, false, false));
        List<JsonNode> audits = events.awaitAudit(caseId, 6);
        assertEquals(List.of("CASE_PARKED_FOR_TRIAGE", "CASE_ROUTED", "CASE_ROUTED", "CASE_PARKED_FOR_TRIAGE",
                "CASE_ROUTED", "CASE_PARKED_FOR_TRIAGE"), audits.stream().map(a -> a.path("action").asText()).toList());
        assertTrue(audits.get(4).path("detail").asText().contains("the case is housing's own: its return of "),
                audits.get(4).path("detail").asText());
    }

    @Test
    void buckPassingIsForInspectorsOnly() {
        String today = LocalDate.now(CITY).toString();
        given().auth().oauth2(INSPECTOR).queryParam("from", today).queryParam("to", today)
                .when().get("/api/buck-passing").then().statusCode(Status.OK.getStatusCode());
        for (String token : new String[] { OPERATOR, StaffTokens.admin("zhou.ping"),
                StaffTokens.handler("wang.li", "housing"), StaffTokens.supervisor("zhang.wei", "housing") }) {
            given().auth().oauth2(token).queryParam("from", today).queryParam("to", today)
                    .when().get("/api/buck-passing")
                    .then().statusCode(Status.FORBIDDEN.getStatusCode()).contentType("application/problem+json");
        }
        given().queryParam("from", today).queryParam("to", today)
                .when().get("/api/buck-passing").then().statusCode(Status.UNAUTHORIZED.getStatusCode());
    }

    @Test
    void aPeriodIsTwoDaysInOrderAtMostAYearApart() {
        for (Map<String, String> query : List.<Map<String, String>>of(
                Map.of("to", "2026-11-30"),
                Map.of("from", "2026-13-01", "to", "2026-11-30"),
                Map.of("from", "2026-11-01", "to", "30.11.2026"),
                Map.of("from", "2026-12-01", "to", "2026-11-30"),
                Map.of("from", "2025-01-01", "to", "2026-01-02"))) {
            String field = !query.containsKey("from") || query.get("from").startsWith("2026-13") ? "from" : "to";
            given().auth().oauth2(INSPECTOR).queryParams(query)
                    .when().get("/api/buck-passing")
                    .then().statusCode(Status.BAD_REQUEST.getStatusCode()).contentType("application/problem+json")
                    .body("errors.field", contains(field));
        }
        given().auth().oauth2(INSPECTOR).queryParam("from", "2024-01-01").queryParam("to", "2024-12-31")
                .when().get("/api/buck-passing").then().statusCode(Status.OK.getStatusCode())
                .body("to", equalTo("2024-12-31"));
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(CITY).toInstant();
    }

    private static void place(String caseId, String department, String reason) {
        given().auth().oauth2(OPERATOR).contentType(ContentType.JSON)
                .body(Map.of("department", department, "reason", reason))
                .when().post("/api/triage/{id}/placement", caseId)
                .then().log().ifValidationFails().statusCode(Status.CREATED.getStatusCode())
                .body("reason", startsWith("placed by chen.jing: " + reason));
    }
}
