package org.civicgrievance.resolution.deadline.extension;

import static io.restassured.RestAssured.given;
import static org.civicgrievance.resolution.StaffActions.claim;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import org.civicgrievance.infra.test.StaffTokens;
import org.civicgrievance.resolution.RoutedCases;
import org.civicgrievance.resolution.TestClock;
import org.civicgrievance.resolution.deadline.ClockKind;
import org.civicgrievance.resolution.deadline.DeadlineTesting;
import org.civicgrievance.resolution.deadline.OnAWorkingMonday;
import org.civicgrievance.resolution.deadline.Shanghai;
import org.civicgrievance.resolution.deadline.warning.DeadlineScanner;
import org.junit.jupiter.api.Test;

/**
 * Extensions on the general commitment's clocks, on cn-standard (7 working hours a day): resolution
 * within 7 working days, and news of progress at least every 16 working hours, so yellow after 12.
 * Every test starts on Monday 30 November 2026, 09:30 in Shanghai: the resolution is due Wednesday
 * 9 December 17:30; a claim at about 09:30 puts the update's yellow near Tuesday 16:00 and its due
 * time near Wednesday 11:30.
 */
@QuarkusTest
class ExtensionTest implements OnAWorkingMonday {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String REASON = "需要联系供电公司共同勘查 / The power company must inspect the site with us";

    @Inject
    RoutedCases routedCases;

    @Inject
    DeadlineTesting deadlines;

    @Inject
    DeadlineScanner scanner;

    @Inject
    ExtendedDeadlines extended;

    @Inject
    TestClock clock;

    @Test
    void theHolderAsksBeforeTheDueTimeAndTheSupervisorsApprovalMovesIt() {
        String department = "ext-approve";
        String holder = StaffTokens.handler("wang.li", department);
        String caseId = claimed(department, holder);
        Instant due = Instant.parse((String) deadlines.clock(caseId, ClockKind.RESOLUTION).get("dueAt"));
        assertEquals(Shanghai.at("2026-12-09T17:30"), due);

        String extensionId = ask(caseId, holder, Map.of("reason", REASON, "extra", Map.of("amount", 3, "unit",
                "WORKING_DAYS"))).statusCode(Status.CREATED.getStatusCode())
                .body("state", equalTo("REQUESTED"))
                .body("reason", equalTo(REASON))
                .extract().path("id");
        Instant requested = Instant.parse(given().auth().oauth2(holder).when()
                .get("/api/cases/{id}/extensions", caseId).then().statusCode(Status.OK.getStatusCode())
                .extract().path("[0].requestedDueAt"));
        assertEquals(Shanghai.at("2026-12-14T17:30"), requested,
                "three more working days after Wednesday's closing: Thursday, Friday and Monday");
        assertEquals(due, Instant.parse((String) deadlines.clock(caseId, ClockKind.RESOLUTION).get("dueAt")),
                "nothing moves before a supervisor decides");

        decide(caseId, extensionId, "approval", StaffTokens.supervisor("zhao.min", department))
                .statusCode(Status.OK.getStatusCode())
                .body("state", equalTo("APPROVED"))
                .body("decidedBy", equalTo("zhao.min"));

        Map<String, Object> resolution = deadlines.clock(caseId, ClockKind.RESOLUTION);
        assertEquals(requested, Instant.parse((String) resolution.get("dueAt")));
        assertEquals(due, Instant.parse((String) resolution.get("originalDueAt")));
        List<DeadlineExtended> fired = extended.of(caseId);
        assertEquals(1, fired.size());
        assertEquals(requested, fired.get(0).newDue());
        assertEquals(REASON, fired.get(0).reason());
        given().auth().oauth2(StaffTokens.inspector("li.qiang")).queryParam("caseId", caseId).when().get("/api/audit")
                .then().body("action", hasItems("EXTENSION_REQUESTED", "EXTENSION_APPROVED"));
    }

    @Test
    void aRefusalLeavesTheDueTimeWhereItWas() {
        String department = "ext-refuse";
        String holder = StaffTokens.handler("wang.li", department);
        String caseId = claimed(department, holder);
        Object due = deadlines.clock(caseId, ClockKind.RESOLUTION).get("dueAt");

        String extensionId = ask(caseId, holder, Map.of("reason", REASON,
                "newDueAt", Shanghai.at("2026-12-31T17:30").toString()))
                .statusCode(Status.CREATED.getStatusCode()).extract().path("id");
        decide(caseId, extensionId, "refusal", StaffTokens.supervisor("zhao.min", department))
                .statusCode(Status.OK.getStatusCode()).body("state", equalTo("REFUSED"));
        decide(caseId, extensionId, "approval", StaffTokens.supervisor("zhao.min", department))
                .statusCode(Status.CONFLICT.getStatusCode()).contentType(PROBLEM_JSON);

        assertEquals(due, deadlines.clock(caseId, ClockKind.RESOLUTION).get("dueAt"));
        assertTrue(extended.of(caseId).isEmpty());
        given().auth().oauth2(StaffTokens.inspector("li.qiang")).queryParam("caseId", caseId).when().get("/api/audit")
                .then().body("action", hasItems("EXTENSION_REQUESTED", "EXTENSION_REFUSED"));
    }

    @Test
    void afterTheDueTimeItIsTooLate() {
        String department = "ext-late";
        String holder = StaffTokens.handler("wang.li", department);
        String caseId = claimed(department, holder);
        clock.setTo(Shanghai.at("2026-12-02T12:05")); // past the update's due time, Wednesday about 11:30

        ask(caseId, holder, Map.of("clock", "UPDATE", "reason", REASON, "extra", Map.of("amount", 8, "unit",
                "WORKING_HOURS"))).statusCode(Status.CONFLICT.getStatusCode())
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:civic-grievance:problem:deadline-passed"));
        ask(caseId, holder, Map.of("clock", "CLAIM", "reason", REASON, "extra", Map.of("amount", 1, "unit",
                "WORKING_HOURS"))).statusCode(Status.CONFLICT.getStatusCode())
                .body("type", equalTo("urn:civic-grievance:problem:no-running-clock"));
    }

    @Test
    void aYellowStaysOnRecordAndTheExtendedPeriodWarnsAgainAtItsOwnPoints() {
        String department = "ext-yellow";
        String holder = StaffTokens.handler("wang.li", department);
        String caseId = claimed(department, holder);
        clock.setTo(Shanghai.at("2026-12-01T15:00"));
        scanner.scanAll();
        assertEquals(List.of(), deadlines.clock(caseId, ClockKind.UPDATE).get("warnings"), "11.5 working hours used");
        clock.setTo(Shanghai.at("2026-12-01T16:05"));
        scanner.scanAll();
        assertEquals(List.of("YELLOW"), deadlines.clock(caseId, ClockKind.UPDATE).get("warnings"));

        String extensionId = ask(caseId, holder, Map.of("clock", "UPDATE", "reason", REASON, "extra",
                Map.of("amount", 8, "unit", "WORKING_HOURS"))).statusCode(Status.CREATED.getStatusCode())
                .extract().path("id");
        decide(caseId, extensionId, "approval", StaffTokens.supervisor("zhao.min", department))
                .statusCode(Status.OK.getStatusCode());
        // 8 more working hours from Wednesday about 11:30: Thursday about 14:00; the new period's yellow at
        // 75 % of the 24 working hours from the claim, Wednesday about 15:00, lies ahead of the approval
        clock.setTo(Shanghai.at("2026-12-02T14:55"));
        scanner.scanAll();
        assertEquals(List.of("YELLOW"), deadlines.clock(caseId, ClockKind.UPDATE).get("warnings"),
                "past the first due time, before the new yellow point: nothing");
        clock.setTo(Shanghai.at("2026-12-03T10:00"));
        scanner.scanAll();
        assertEquals(List.of("YELLOW", "YELLOW"), deadlines.clock(caseId, ClockKind.UPDATE).get("warnings"),
                "the first yellow kept, the extended period's own yellow raised");

        clock.setTo(Shanghai.at("2026-12-03T14:05"));
        scanner.scanAll();
        assertEquals(List.of("YELLOW", "YELLOW", "RED"), deadlines.clock(caseId, ClockKind.UPDATE).get("warnings"));
        assertEquals(List.of(0, 1, 1),
                deadlines.deadlines(caseId).getList("find { it.kind == 'UPDATE' }.cards.period"));
        assertEquals(3, deadlines.overdueEventsInOutbox(caseId));
    }

    @Test
    void onlyTheHolderAsksOnlyAnotherSupervisorOfTheDepartmentDecides() {
        String department = "ext-authz";
        String holder = StaffTokens.handler("wang.li", department);
        String caseId = claimed(department, holder);
        Map<String, Object> body = Map.of("reason", REASON, "extra", Map.of("amount", 1, "unit", "WORKING_DAYS"));

        ask(caseId, StaffTokens.handler("li.na", department), body).statusCode(Status.FORBIDDEN.getStatusCode());
        ask(caseId, StaffTokens.handler("wang.li", "elsewhere"), body).statusCode(Status.NOT_FOUND.getStatusCode());
        ask(caseId, StaffTokens.inspector("li.qiang"), body).statusCode(Status.FORBIDDEN.getStatusCode());
        given().contentType(ContentType.JSON).body(body).when().post("/api/cases/{id}/extensions", caseId)
                .then().statusCode(Status.UNAUTHORIZED.getStatusCode());

        String extensionId = ask(caseId, holder, body).statusCode(Status.CREATED.getStatusCode()).extract().path("id");
        ask(caseId, holder, body).statusCode(Status.CONFLICT.getStatusCode())
                .body("type", equalTo("urn:civic-grievance:problem:extension-pending"));

        decide(caseId, extensionId, "approval", holder).statusCode(Status.FORBIDDEN.getStatusCode());
        decide(caseId, extensionId, "approval", StaffTokens.inspector("li.qiang"))
                .statusCode(Status.FORBIDDEN.getStatusCode());
        decide(caseId, extensionId, "approval", StaffTokens.supervisor("zhao.min", "elsewhere"))
                .statusCode(Status.NOT_FOUND.getStatusCode());
        decide(caseId, "no-such-extension", "approval", StaffTokens.supervisor("zhao.min", department))
                .statusCode(Status.NOT_FOUND.getStatusCode());
        given().auth().oauth2(StaffTokens.inspector("li.qiang")).when().get("/api/cases/{id}/extensions", caseId)
                .then().statusCode(Status.OK.getStatusCode()).body("state", contains("REQUESTED"));
    }

    @Test
    void aSupervisorHoldingTheCaseDoesNotApproveTheirOwnRequest() {
        String department = "ext-own";
        String supervisorHolder = StaffTokens.supervisor("zhao.min", department);
        String caseId = claimed(department, supervisorHolder);
        String extensionId = ask(caseId, supervisorHolder, Map.of("reason", REASON, "extra",
                Map.of("amount", 1, "unit", "WORKING_DAYS"))).statusCode(Status.CREATED.getStatusCode())
                .extract().path("id");

        decide(caseId, extensionId, "approval", supervisorHolder).statusCode(Status.FORBIDDEN.getStatusCode());
        decide(caseId, extensionId, "approval", StaffTokens.supervisor("sun.li", department))
                .statusCode(Status.OK.getStatusCode());
    }

    @Test
    void badRequestsNameTheField() {
        String department = "ext-bad";
        String holder = StaffTokens.handler("wang.li", department);
        String caseId = claimed(department, holder);

        ask(caseId, holder, Map.of("reason", " ", "extra", Map.of("amount", 1, "unit", "WORKING_DAYS")))
                .statusCode(Status.BAD_REQUEST.getStatusCode()).contentType(PROBLEM_JSON)
                .body("errors.field", contains("reason"));
        ask(caseId, holder, Map.of("reason", REASON)).statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("errors.field", contains("newDueAt"));
        ask(caseId, holder, Map.of("reason", REASON, "newDueAt", Shanghai.at("2026-12-09T17:00").toString()))
                .statusCode(Status.BAD_REQUEST.getStatusCode()).body("errors.field", contains("newDueAt"));
        ask(caseId, holder, Map.of("reason", REASON, "extra", Map.of("amount", 0, "unit", "WORKING_DAYS")))
                .statusCode(Status.BAD_REQUEST.getStatusCode()).body("errors.field", contains("extra.amount"));
        ask(caseId, holder, Map.of("reason", REASON, "extra", Map.of("amount", 1, "unit", "FORTNIGHTS")))
                .statusCode(Status.BAD_REQUEST.getStatusCode()).contentType(PROBLEM_JSON);
        ask(caseId, holder, Map.of("reason", "长".repeat(501), "extra", Map.of("amount", 1, "unit", "WORKING_DAYS")))
                .statusCode(Status.BAD_REQUEST.getStatusCode()).body("errors.field", contains("reason"));
    }

    private String claimed(String department, String holder) {
        String caseId = routedCases.queued(department).subject();
        claim(caseId, holder).statusCode(Status.OK.getStatusCode());
        return caseId;
    }

    private static ValidatableResponse ask(String caseId, String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/cases/{id}/extensions", caseId)
                .then().log().ifValidationFails();
    }

    private static ValidatableResponse decide(String caseId, String extensionId, String decision, String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("note", "同意 / agreed"))
                .when().post("/api/cases/{id}/extensions/{eid}/" + decision, caseId, extensionId)
                .then().log().ifValidationFails();
    }
}
