package org.civicgrievance.resolution.deadline;

import static io.restassured.RestAssured.given;
import static org.civicgrievance.resolution.StaffActions.claim;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import org.civicgrievance.infra.test.StaffTokens;
import org.civicgrievance.platform.events.CloudEvent;
import org.civicgrievance.resolution.RoutedCases;
import org.civicgrievance.resolution.casework.CaseStatus;
import org.civicgrievance.resolution.casework.CaseTransition;
import org.junit.jupiter.api.Test;

/**
 * The clocks of real cases: priorities from grievance.routed, and transitions fired by hand as
 * casework fires them (waiting for the resident, return, re-routing, merge). The city-wide general
 * commitment counts on cn-standard; every test starts on Monday 30 November 2026, 09:30 in Shanghai.
 */
@QuarkusTest
class ClockKeeperTest implements OnAWorkingMonday {

    @Inject
    RoutedCases routedCases;

    @Inject
    DeadlineTesting deadlines;

    @Inject
    Event<CaseTransition> transitions;

    @Test
    void specialHandlingRunsRoundTheClockOnTheUrgentTierAndAlertsSupervisorsAtOnce() {
        String department = "keeper-special";
        String caseId = deadlines.queued(department, "SPECIAL_HANDLING");

        Map<String, Object> claimClock = deadlines.clock(caseId, ClockKind.CLAIM);
        assertEquals(Map.of("amount", 30, "unit", "WORKING_MINUTES"), claimClock.get("limit"));
        assertEquals("24x7", claimClock.get("calendar"));
        assertEquals(Map.of("amount", 2, "unit", "CALENDAR_HOURS"),
                deadlines.clock(caseId, ClockKind.RESOLUTION).get("limit"));
        given().auth().oauth2(StaffTokens.supervisor("zhao.min", department)).when().get("/api/warnings")
                .then().statusCode(Status.OK.getStatusCode())
                .body("findAll { it.caseId == '%s' }.level".formatted(caseId), hasItem("ALERT"));
        given().auth().oauth2(StaffTokens.supervisor("zhao.min", "keeper-elsewhere")).when().get("/api/warnings")
                .then().body("caseId", not(hasItem(caseId)));
    }

    @Test
    void theGreenChannelHalvesTheLimits() {
        String caseId = deadlines.queued("keeper-green", "GREEN_CHANNEL");
        assertEquals(Map.of("amount", 1, "unit", "WORKING_HOURS"), deadlines.clock(caseId, ClockKind.CLAIM).get("limit"));
        assertEquals(Map.of("amount", 4, "unit", "WORKING_DAYS"),
                deadlines.clock(caseId, ClockKind.RESOLUTION).get("limit"));
    }

    @Test
    void theResolutionClockStartsAtTheSubmissionSoTimeInTriageCounts() {
        Instant fridayAfternoon = Shanghai.at("2026-11-27T16:00");
        CloudEvent event = routedCases.routed("keeper-triage", fridayAfternoon);
        routedCases.send(event, null);
        routedCases.awaitQueued("keeper-triage", event.subject());

        Map<String, Object> resolution = deadlines.clock(event.subject(), ClockKind.RESOLUTION);
        assertEquals("cn-standard", resolution.get("calendar"));
        assertEquals(fridayAfternoon, Instant.parse((String) resolution.get("startedAt")),
                "from submittedAt, before the department got the case on Monday");
        assertEquals(Shanghai.at("2026-12-08T17:30"), Instant.parse((String) resolution.get("dueAt")),
                "7 working days after Friday 27 November: Monday 30 to Tuesday 8 December");
        Instant queuedAt = Instant.parse((String) deadlines.clock(event.subject(), ClockKind.CLAIM).get("startedAt"));
        assertTrue(!queuedAt.isBefore(Shanghai.MONDAY_0930), "the claim clock starts at the queueing");
    }

    @Test
    void pauseResumeReturnRequeueAndMergeFiredByHand() {
        String department = "keeper-hand";
        String caseId = routedCases.queued(department).subject();
        claim(caseId, StaffTokens.handler("wang.li", department)).statusCode(Status.OK.getStatusCode());
        assertEquals(Shanghai.at("2026-12-09T17:30"), dueOf(caseId, ClockKind.RESOLUTION),
                "7 working days after Monday 30 November, at closing time");
        Instant start = Shanghai.MONDAY_0930;

        fire(caseId, department, CaseStatus.CLAIMED, CaseStatus.WAITING_FOR_RESIDENT, start.plus(Duration.ofHours(1)));
        assertEquals("PAUSED", deadlines.clock(caseId, ClockKind.RESOLUTION).get("state"));
        assertEquals("PAUSED", deadlines.clock(caseId, ClockKind.UPDATE).get("state"));

        fire(caseId, department, CaseStatus.WAITING_FOR_RESIDENT, CaseStatus.IN_PROGRESS,
                start.plus(Duration.ofHours(5)));
        assertEquals("RUNNING", deadlines.clock(caseId, ClockKind.RESOLUTION).get("state"));
        assertEquals(Shanghai.at("2026-12-10T17:30"), dueOf(caseId, ClockKind.RESOLUTION),
                "waiting 10:30-14:30 took 2.5 working hours, part of a working day, so a day limit moves by one "
                        + "whole working day: from Wednesday's closing to Thursday's");
        Instant overallDue = dueOf(caseId, ClockKind.RESOLUTION);

        fire(caseId, department, CaseStatus.IN_PROGRESS, CaseStatus.RETURNED, start.plus(Duration.ofHours(6)));
        assertEquals("STOPPED", deadlines.clock(caseId, ClockKind.UPDATE).get("state"));
        assertEquals("RUNNING", deadlines.clock(caseId, ClockKind.RESOLUTION).get("state"));

        fire(caseId, "keeper-other", CaseStatus.RETURNED, CaseStatus.QUEUED, start.plus(Duration.ofHours(7)));
        Map<String, Object> newClaim = deadlines.clock(caseId, ClockKind.CLAIM);
        assertEquals("keeper-other", newClaim.get("department"));
        assertEquals("RUNNING", newClaim.get("state"));
        Map<String, Object> resolution = deadlines.clock(caseId, ClockKind.RESOLUTION);
        assertEquals("keeper-other", resolution.get("department"));
        assertEquals(overallDue, Instant.parse((String) resolution.get("dueAt")), "the overall deadline is kept");

        fire(caseId, "keeper-other", CaseStatus.QUEUED, CaseStatus.MERGED, start.plus(Duration.ofHours(8)));
        assertEquals(0, deadlines.deadlines(caseId).getList("findAll { it.state == 'RUNNING' || it.state == 'PAUSED' }")
                .size());
    }

    private void fire(String caseId, String department, CaseStatus from, CaseStatus to, Instant at) {
        QuarkusTransaction.requiringNew()
                .run(() -> transitions.fire(new CaseTransition(caseId, department, from, to, "wang.li", null, at)));
    }

    private Instant dueOf(String caseId, ClockKind kind) {
        return Instant.parse((String) deadlines.clock(caseId, kind).get("dueAt"));
    }
}
