package org.civicgrievance.resolution.deadline.recomputation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.core.Response.Status;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import org.civicgrievance.infra.test.StaffTokens;
import org.civicgrievance.resolution.Replicas;
import org.civicgrievance.resolution.RoutedCases;
import org.civicgrievance.resolution.TestClock;
import org.civicgrievance.resolution.calendar.HorizonCalendars;
import org.civicgrievance.resolution.deadline.ClockKind;
import org.civicgrievance.resolution.deadline.DeadlineTesting;
import org.civicgrievance.resolution.deadline.Shanghai;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A year's schedule loaded over provisional days moves the clocks running on that calendar, on the
 * real database, exactly once although two replicas work on it at the same moment; the resident's
 * expected date follows, the audit trail tells each move, and the horizon moves to the year's end.
 */
@QuarkusTest
class ClockRecomputationTest {

    private static final String INSPECTOR = StaffTokens.inspector("inspector.horizon");

    @Inject
    RoutedCases routedCases;

    @Inject
    DeadlineTesting deadlines;

    @Inject
    ClockRecomputations recomputations;

    @Inject
    TestClock clock;

    @Inject
    EntityManager entityManager;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String calendar = "horizon-" + suffix;
    private final String department = "horizon-dept-" + suffix;
    private final String admin = StaffTokens.admin("admin.horizon");

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void loadingTheNextYearMovesEveryRunningClockOnceAndTheResidentsDateFollows() throws Exception {
        HorizonCalendars.createConfirmedThrough2026(calendar, admin);
        commitFifteenWorkingDays();
        clock.setTo(Shanghai.at("2026-12-21T10:00"));
        List<String> caseIds = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            caseIds.add(routedCases.queued(department).subject());
        }
        for (String caseId : caseIds) {
            Map<String, Object> resolution = deadlines.clock(caseId, ClockKind.RESOLUTION);
            // 1 January is a statutory holiday beyond the horizon, provisionally: the 15th working day is 12 January
            assertEquals(Shanghai.at("2027-01-12T17:30").toString(), resolution.get("dueAt"));
            assertEquals(true, resolution.get("provisional"));
            caseView(caseId).body("resolutionDueProvisional", equalTo(true));
        }
        casePage(caseIds.get(0)).body(containsString("暂定：按法定节假日推算"));

        // the State Council's notice (made up for the test): Monday 4 January is off too
        clock.setTo(Shanghai.at("2026-12-22T09:00"));
        loadYear(2027, List.of(day("2027-01-01", "HOLIDAY", "元旦"), day("2027-01-02", "HOLIDAY", "元旦"),
                day("2027-01-03", "HOLIDAY", "元旦"), day("2027-01-04", "HOLIDAY", "元旦")))
                .statusCode(Status.OK.getStatusCode())
                .body("confirmedThrough", equalTo("2027-12-31"));

        List<Integer> moved = Replicas.together(2, recomputations::runAll);
        assertTrue(moved.stream().mapToInt(Integer::intValue).sum() >= 6,
                "claim and resolution clocks of three cases, by either replica: " + moved);
        for (String caseId : caseIds) {
            Map<String, Object> resolution = deadlines.clock(caseId, ClockKind.RESOLUTION);
            // 22–25 and 28–31 December, 5–8 and 11–13 January: the 15th working day is 13 January, no longer provisional
            assertEquals(Shanghai.at("2027-01-13T17:30").toString(), resolution.get("dueAt"));
            assertEquals(false, resolution.get("provisional"));
            assertEquals(1L, recomputedRecords(caseId, "RESOLUTION"), "recomputed exactly once");
            caseView(caseId).body("resolutionDueProvisional", equalTo(false))
                    .body("resolutionDueAt", equalTo(Shanghai.at("2027-01-13T17:30").toString()));
            assertEquals(Shanghai.at("2027-01-20T17:30").toString(), deadlines.clock(caseId, ClockKind.CLAIM).get("dueAt"),
                    "the claim clock's 20 working days move too");
        }
        assertEquals(6, movedOnCalendar(), "every live clock of the three cases, once");
        casePage(caseIds.get(0)).body(not(containsString("暂定：按法定节假日推算")));
    }

    @Test
    void aYearThatMovesTheDateTellsTheResidentAndTheAuditTrail() {
        HorizonCalendars.createConfirmedThrough2026(calendar, admin);
        commitFifteenWorkingDays();
        clock.setTo(Shanghai.at("2026-12-21T10:00"));
        String caseId = routedCases.queued(department).subject();

        clock.setTo(Shanghai.at("2026-12-22T09:00"));
        loadYear(2027, List.of(day("2027-01-01", "HOLIDAY", "元旦"), day("2027-01-04", "HOLIDAY", "元旦"),
                day("2027-01-05", "HOLIDAY", "元旦"))).statusCode(Status.OK.getStatusCode());
        recomputations.runAll();

        Instant due = Shanghai.at("2027-01-14T17:30");
        assertEquals(due.toString(), deadlines.clock(caseId, ClockKind.RESOLUTION).get("dueAt"));
        given().auth().oauth2(INSPECTOR).queryParam("caseId", caseId).when().get("/api/audit")
                .then().statusCode(Status.OK.getStatusCode())
                .body("find { it.action == 'DEADLINE_RECOMPUTED' && it.detail.startsWith('RESOLUTION') }.after",
                        equalTo(due.toString()))
                .body("find { it.action == 'DEADLINE_RECOMPUTED' && it.detail.startsWith('RESOLUTION') }.before",
                        equalTo(Shanghai.at("2027-01-12T17:30").toString()));
        String note = QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(
                "SELECT payload FROM outbox_event WHERE message_key = :key AND event_type = 'case.status-changed' "
                        + "ORDER BY id DESC LIMIT 1").setParameter("key", caseId).getSingleResult());
        assertTrue(note.contains("2027年1月14日 17:30") && note.contains("14 Jan 2027 17:30"), note);
    }

    @Test
    void yearsAreLoadedInOrderAndMakeUpDaysFallOnDaysOff() {
        HorizonCalendars.createConfirmedThrough2026(calendar, admin);
        loadYear(2028, List.of(day("2028-01-01", "HOLIDAY", "元旦")))
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("errors.field", hasItem("year"))
                .body("errors.find { it.field == 'year' }.message", containsString("load 2027 first"));
        loadYear(2027, List.of(day("2027-01-06", "WORKDAY", "调休")))
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("errors.field", hasItem("days[0].date"));
        given().auth().oauth2(admin).when().get("/api/calendars/{code}", calendar)
                .then().statusCode(Status.OK.getStatusCode()).body("confirmedThrough", equalTo("2026-12-31"))
                .body("version", equalTo(1));
    }

    @Test
    void aStartWithAnUnencodedPlusIsToldToEncodeIt() {
        given().auth().oauth2(admin).urlEncodingEnabled(false).when()
                .get("/api/calendars/cn-standard/due?start=2026-12-31T10:00:00+08:00&amount=1&unit=WORKING_DAYS")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("start"))
                .body("errors[0].message", containsString("%2B"));
        given().auth().oauth2(admin).queryParam("start", "2026-12-31T10:00:00+08:00").queryParam("amount", 1)
                .queryParam("unit", "WORKING_DAYS").when().get("/api/calendars/cn-standard/due")
                .then().statusCode(Status.OK.getStatusCode())
                .body("dueLocal", equalTo("2027-01-04T17:30:00"))
                .body("provisional", equalTo(true))
                .body("confirmedThrough", equalTo("2026-12-31"));
    }

    private void commitFifteenWorkingDays() {
        Map<String, Object> body = new HashMap<>();
        body.put("department", department);
        body.put("tier", "COMPLEX");
        body.put("calendar", calendar);
        body.put("claim", Map.of("amount", 20, "unit", "WORKING_DAYS"));
        body.put("update", Map.of("amount", 20, "unit", "WORKING_DAYS"));
        body.put("resolution", Map.of("amount", 15, "unit", "WORKING_DAYS"));
        body.put("callback", Map.of("amount", 3, "unit", "WORKING_DAYS"));
        body.put("reopened", Map.of("amount", 7, "unit", "WORKING_DAYS"));
        body.put("scopeZh", "复杂诉求");
        body.put("scopeEn", "Complex requests");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(body).when().post("/api/commitments")
                .then().log().ifValidationFails().statusCode(Status.CREATED.getStatusCode());
    }

    private ValidatableResponse loadYear(int year, List<Map<String, Object>> days) {
        return given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("days", days))
                .when().put("/api/calendars/{code}/special-days/{year}", calendar, year)
                .then().log().ifValidationFails();
    }

    private static Map<String, Object> day(String date, String kind, String note) {
        return Map.of("date", date, "kind", kind, "note", note);
    }

    private static ValidatableResponse caseView(String caseId) {
        return given().auth().oauth2(INSPECTOR).when().get("/api/cases/{id}", caseId)
                .then().log().ifValidationFails().statusCode(Status.OK.getStatusCode());
    }

    /** The case's workbench page as an inspector reads it. */
    private static ValidatableResponse casePage(String caseId) {
        return given().auth().oauth2(INSPECTOR).when().get("/staff/cases/{id}", caseId)
                .then().log().ifValidationFails().statusCode(Status.OK.getStatusCode());
    }

    private long recomputedRecords(String caseId, String kind) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "SELECT COUNT(*) FROM audit_record WHERE case_id = :id AND action = 'DEADLINE_RECOMPUTED' "
                        + "AND detail LIKE :kind").setParameter("id", caseId).setParameter("kind", kind + " %")
                .getSingleResult()).longValue());
    }

    /** Clocks moved by this calendar's recomputations (its creation's and the year's: the first one run sees the newest calendar). */
    private int movedOnCalendar() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] row = (Object[]) entityManager.createNativeQuery(
                    "SELECT SUM(clocks_moved), SUM(finished_at IS NULL) FROM clock_recomputation WHERE calendar_code = :code")
                    .setParameter("code", calendar).getSingleResult();
            assertEquals(0, ((Number) row[1]).intValue(), "every recomputation finished");
            return ((Number) row[0]).intValue();
        });
    }
}
