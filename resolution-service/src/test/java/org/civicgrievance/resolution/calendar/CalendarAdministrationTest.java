package org.civicgrievance.resolution.calendar;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import org.awaitility.Awaitility;
import org.civicgrievance.infra.test.StaffTokens;
import org.civicgrievance.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** Administrators keep calendars as versioned data; deadlines see each change at once; anyone reads them. */
@QuarkusTest
class CalendarAdministrationTest {

    private static final String WEEK_9_TO_5 = "09:00-17:00";

    @Inject
    Calendars calendars;

    @Inject
    DataSource dataSource;

    private final String adminName = "admin-" + UUID.randomUUID().toString().substring(0, 8);
    private final String admin = StaffTokens.admin(adminName);

    @Test
    void theSeededCalendarsCountChinas2026HolidaysAndMakeUpDays() {
        given().when().get("/api/public/calendars/cn-standard")
                .then().log().ifValidationFails().statusCode(Status.OK.getStatusCode())
                .body("nameZh", equalTo("标准工作时间"))
                .body("zone", equalTo("Asia/Shanghai"))
                .body("weeklyHours.MONDAY", contains("09:00-12:00", "13:30-17:30"))
                .body("weeklyHours", not(hasKey("SATURDAY")))
                .body("workingWeekdays", contains("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"))
                .body("specialDays.find { it.date == '2026-02-15' }.kind", equalTo("HOLIDAY"))
                .body("specialDays.find { it.date == '2026-02-15' }.note", equalTo("春节"))
                .body("specialDays.find { it.date == '2026-02-14' }.kind", equalTo("WORKDAY"))
                .body("specialDays.size()", equalTo(39))
                .body("$", not(hasKey("changedBy")));
        given().when().get("/api/public/calendars/cn-extended")
                .then().statusCode(Status.OK.getStatusCode())
                .body("weeklyHours.FRIDAY", contains("09:00-12:00", "13:30-20:00"))
                .body("weeklyHours.SATURDAY", contains("09:00-12:00"))
                .body("specialDays.size()", equalTo(39));
        given().when().get("/api/public/calendars")
                .then().statusCode(Status.OK.getStatusCode())
                .body("code", hasItem("24x7"));

        // cn-2026.md's example: Sat 02-14 (make-up day), then 02-24 and 02-25 after the Festival
        due("cn-standard", "2026-02-13T10:00:00+08:00", 3, "WORKING_DAYS", StaffTokens.handler("wu.fang", "transport"))
                .statusCode(Status.OK.getStatusCode())
                .body("due", equalTo("2026-02-25T09:30:00Z"))
                .body("dueLocal", equalTo("2026-02-25T17:30:00"))
                .body("zone", equalTo("Asia/Shanghai"));
        due("cn-extended", "2026-03-06T19:00:00+08:00", 2, "WORKING_HOURS", admin)
                .body("dueLocal", equalTo("2026-03-07T10:00:00"));
        due("24x7", "2026-03-06T16:00:00+08:00", 24, "WORKING_HOURS", admin)
                .body("dueLocal", equalTo("2026-03-07T16:00:00"));
        assertEquals(Instant.parse("2026-02-25T09:30:00Z"),
                calendars.standard().due(Instant.parse("2026-02-13T02:00:00Z"), TimeLimit.workingDays(3)));
    }

    /** Every date of 2026, seeded calendar against the one the table tests build from cn-2026.md by hand. */
    @Test
    void theSeedHasEveryDayOf2026AsTheNoticeSaysInBothChineseCalendars() {
        for (WorkingCalendar expected : List.of(Calendars2026.standard(), Calendars2026.extended())) {
            WorkingCalendar seeded = (WorkingCalendar) calendars.byCode(expected.code());
            assertEquals(expected.zone(), seeded.zone());
            for (LocalDate day = LocalDate.parse("2026-01-01"); day.getYear() == 2026; day = day.plusDays(1)) {
                assertEquals(expected.isWorkingDay(day), seeded.isWorkingDay(day), expected.code() + " " + day);
                assertEquals(expected.hoursOn(day), seeded.hoursOn(day), expected.code() + " " + day);
            }
        }
    }

    @Test
    void everyChangeIsANewVersionWithItsAuthorAndAnAuditRecord() {
        String code = newCode();
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(calendar(code, Map.of("MONDAY", List.of(WEEK_9_TO_5)),
                List.of("MONDAY")))
                .when().post("/api/calendars")
                .then().log().ifValidationFails().statusCode(Status.CREATED.getStatusCode())
                .header("Location", containsString("/api/calendars/" + code))
                .body("version", equalTo(1))
                .body("changedBy", equalTo(adminName));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(calendar(code, Map.of("MONDAY", List.of(WEEK_9_TO_5)),
                List.of("MONDAY")))
                .when().post("/api/calendars")
                .then().statusCode(Status.CONFLICT.getStatusCode())
                .body("type", equalTo("urn:civic-grievance:problem:calendar-exists"));

        Map<String, Object> change = change(Map.of("MONDAY", List.of("09:00-12:00"), "TUESDAY", List.of(WEEK_9_TO_5)), 1);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(change)
                .when().put("/api/calendars/{code}", code)
                .then().log().ifValidationFails().statusCode(Status.OK.getStatusCode())
                .body("version", equalTo(2))
                .body("weeklyHours.TUESDAY", contains(WEEK_9_TO_5));
        // a second administrator who read version 1 is refused, and changes nothing
        Map<String, Object> stale = change(Map.of("FRIDAY", List.of(WEEK_9_TO_5)), 1);
        stale.put("workingWeekdays", List.of("FRIDAY"));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(stale)
                .when().put("/api/calendars/{code}", code)
                .then().statusCode(Status.CONFLICT.getStatusCode())
                .contentType("application/problem+json")
                .body("type", equalTo("urn:civic-grievance:problem:version-conflict"));
        // the same body again is no change: no version 3
        change.put("expectedVersion", 2);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(change)
                .when().put("/api/calendars/{code}", code)
                .then().statusCode(Status.OK.getStatusCode()).body("version", equalTo(2));
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("days", List.of(day("2026-03-02", "HOLIDAY", null, "测试假日")), "expectedVersion", 2))
                .when().post("/api/calendars/{code}/special-days", code)
                .then().log().ifValidationFails().statusCode(Status.OK.getStatusCode())
                .body("version", equalTo(3))
                .body("specialDays[0].note", equalTo("测试假日"));
        given().auth().oauth2(admin)
                .when().delete("/api/calendars/{code}/special-days/{date}?expectedVersion=3", code, "2026-03-02")
                .then().statusCode(Status.OK.getStatusCode())
                .body("version", equalTo(4))
                .body("specialDays.size()", equalTo(0));

        given().auth().oauth2(StaffTokens.inspector("li.qiang")).when().get("/api/calendars/{code}/versions", code)
                .then().statusCode(Status.OK.getStatusCode())
                .body("version", contains(1, 2, 3, 4))
                .body("changedBy", everyItem(equalTo(adminName)))
                .body("[0].weeklyHours.MONDAY", contains(WEEK_9_TO_5))
                .body("[1].weeklyHours.MONDAY", contains("09:00-12:00"))
                .body("[2].specialDays[0].date", equalTo("2026-03-02"))
                .body("[3].specialDays.size()", equalTo(0));
        given().auth().oauth2(StaffTokens.inspector("li.qiang")).queryParam("actor", adminName)
                .when().get("/api/audit")
                .then().statusCode(Status.OK.getStatusCode())
                .body("action", contains("CALENDAR_CHANGED", "CALENDAR_CHANGED", "CALENDAR_CHANGED", "CALENDAR_CHANGED"))
                .body("before", contains(nullValue(), equalTo("v1"), equalTo("v2"), equalTo("v3")))
                .body("after", contains("v1", "v2", "v3", "v4"))
                .body("caseId", everyItem(nullValue()))
                .body("actorRole", everyItem(equalTo("admin")))
                .body("[0].detail", containsString("calendar " + code + " created"))
                .body("[2].detail", containsString("+2026-03-02 HOLIDAY 测试假日"))
                .body("[3].detail", containsString("-2026-03-02"));
    }

    @Test
    void deadlinesSeeAChangeAsSoonAsItCommitted() {
        String code = newCode();
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(calendar(code, weekdays(WEEK_9_TO_5), null))
                .when().post("/api/calendars")
                .then().statusCode(Status.CREATED.getStatusCode());
        Instant mondayNine = OffsetDateTime.parse("2026-03-02T09:00:00+08:00").toInstant();
        assertEquals(mondayNine.plus(Duration.ofHours(1)), calendars.byCode(code).due(mondayNine, TimeLimit.workingHours(1)));

        // the city gives Monday off and makes Saturday a half working day: loaded as the year's list
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("days", List.of(day("2026-03-02", "HOLIDAY", null, "停电"),
                        day("2026-03-07", "WORKDAY", List.of("09:00-10:00"), "补班"))))
                .when().put("/api/calendars/{code}/special-days/2026", code)
                .then().log().ifValidationFails().statusCode(Status.OK.getStatusCode())
                .body("specialDays.date", contains("2026-03-02", "2026-03-07"));
        assertEquals(mondayNine.plus(Duration.ofDays(1)).plus(Duration.ofHours(1)),
                calendars.byCode(code).due(mondayNine, TimeLimit.workingHours(1)));
        // Friday's last hour, then the make-up Saturday's only hour
        due(code, "2026-03-06T16:00:00+08:00", 2, "WORKING_HOURS", admin)
                .body("dueLocal", equalTo("2026-03-07T10:00:00"));
        due(code, "2026-03-06T10:00:00+08:00", 1, "WORKING_DAYS", admin)
                .body("dueLocal", equalTo("2026-03-07T10:00:00"));

        // loading the year again replaces it: the make-up Saturday is gone
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("days", List.of(day("2026-03-02", "HOLIDAY", null, "停电"))))
                .when().put("/api/calendars/{code}/special-days/2026", code)
                .then().statusCode(Status.OK.getStatusCode())
                .body("specialDays.date", contains("2026-03-02"));
        due(code, "2026-03-06T10:00:00+08:00", 1, "WORKING_DAYS", admin)
                .body("dueLocal", equalTo("2026-03-09T17:00:00"));
        given().when().get("/api/public/calendars/{code}", code)
                .then().statusCode(Status.OK.getStatusCode())
                .body("version", equalTo(3))
                .body("specialDays.date", contains("2026-03-02"))
                .body("$", not(hasKey("changedBy")));
    }

    @Test
    void aChangeMadeOnAnotherReplicaArrivesWithThePeriodicReload() throws Exception {
        String code = newCode();
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO business_calendar (code, name_zh, name_en, zone, round_the_clock, weekly_hours,
                                               working_weekdays, version, changed_by, changed_at)
                VALUES (?, '另一副本', 'Another replica', 'Asia/Tokyo', FALSE, 'MONDAY 10:00-11:00', 'MONDAY', 1,
                        'replica-2', UTC_TIMESTAMP(6))""")) {
            insert.setString(1, code);
            insert.executeUpdate();
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .ignoreException(ProblemException.class)
                .until(() -> calendars.byCode(code).zone().getId().equals("Asia/Tokyo"));
        assertEquals(Instant.parse("2026-03-02T01:30:00Z"),
                calendars.byCode(code).due(Instant.parse("2026-03-02T00:00:00Z"), TimeLimit.workingMinutes(30)));
    }

    @Test
    void wrongCalendarDataIsRefusedNamingTheField() {
        String code = newCode();
        refused(calendar(code, Map.of("MONDAY", List.of("09:00-12:00", "11:30-17:30")), List.of("MONDAY")),
                "weeklyHours.MONDAY[1]");
        refused(calendar(code, Map.of("MONDAY", List.of("12:00-09:00")), List.of("MONDAY")), "weeklyHours.MONDAY[0]");
        refused(calendar(code, Map.of("FUNDAY", List.of(WEEK_9_TO_5), "MONDAY", List.of(WEEK_9_TO_5)), List.of("MONDAY")),
                "weeklyHours.FUNDAY");
        refused(calendar(code, Map.of(), null), "weeklyHours");
        refused(calendar(code, Map.of("MONDAY", List.of(WEEK_9_TO_5)), null), "workingWeekdays");
        refused(calendar(code, Map.of("MONDAY", List.of(WEEK_9_TO_5)), List.of("SUNDAY")), "workingWeekdays[0]");
        Map<String, Object> badZone = calendar(code, weekdays(WEEK_9_TO_5), null);
        badZone.put("zone", "Asia/Atlantis");
        refused(badZone, "zone");
        Map<String, Object> badCode = calendar("Not A Code", weekdays(WEEK_9_TO_5), null);
        refused(badCode, "code");
        Map<String, Object> twice = calendar(code, weekdays(WEEK_9_TO_5), null);
        twice.put("specialDays", List.of(day("2026-10-01", "HOLIDAY", null, "国庆节"), day("2026-10-01", "WORKDAY", null, null)));
        refused(twice, "specialDays[1].date");
        Map<String, Object> badDate = calendar(code, weekdays(WEEK_9_TO_5), null);
        badDate.put("specialDays", List.of(day("2026-02-30", "HOLIDAY", null, null)));
        refused(badDate, "specialDays[0].date");
        Map<String, Object> holidayHours = calendar(code, weekdays(WEEK_9_TO_5), null);
        holidayHours.put("specialDays", List.of(day("2026-10-01", "HOLIDAY", List.of(WEEK_9_TO_5), null)));
        refused(holidayHours, "specialDays[0].hours");
        // none of them was created
        given().auth().oauth2(admin).when().get("/api/calendars/{code}", code)
                .then().statusCode(Status.NOT_FOUND.getStatusCode());

        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("days", List.of(day("2027-01-01", "HOLIDAY", null, "元旦"))))
                .when().put("/api/calendars/cn-standard/special-days/2026")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("errors.field", contains("days[0].date"));
        Map<String, Object> noVersion = change(weekdays(WEEK_9_TO_5), null);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(noVersion)
                .when().put("/api/calendars/cn-standard")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("errors.field", contains("expectedVersion"));

        due("cn-standard", "2026-02-13 10:00", 3, "WORKING_DAYS", admin).statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("errors.field", contains("start"));
        due("cn-standard", "2026-02-13T10:00:00+08:00", 0, "WORKING_DAYS", admin).statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("errors.field", contains("amount"));
        due("cn-standard", "2026-02-13T10:00:00+08:00", 3, "FORTNIGHTS", admin).statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("errors.field", contains("unit"));
        due("no-such-calendar", "2026-02-13T10:00:00+08:00", 3, "WORKING_DAYS", admin)
                .statusCode(Status.NOT_FOUND.getStatusCode())
                .contentType("application/problem+json");
        given().when().get("/api/public/calendars/no-such-calendar").then().statusCode(Status.NOT_FOUND.getStatusCode());
    }

    @Test
    void onlyAdministratorsChangeCalendarsStaffReadThemAndThePublicReadsWithoutSigningIn() {
        String code = newCode();
        Map<String, Object> body = calendar(code, weekdays(WEEK_9_TO_5), null);
        for (String token : List.of(StaffTokens.handler("wu.fang", "transport"), StaffTokens.supervisor("qin.hai", "transport"),
                StaffTokens.inspector("li.qiang"), StaffTokens.operator("chen.li"))) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                    .when().post("/api/calendars")
                    .then().statusCode(Status.FORBIDDEN.getStatusCode());
            given().auth().oauth2(token).contentType(ContentType.JSON).body(change(weekdays(WEEK_9_TO_5), 1))
                    .when().put("/api/calendars/cn-standard")
                    .then().statusCode(Status.FORBIDDEN.getStatusCode());
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("days", List.of(day("2026-12-31", "HOLIDAY", null, null))))
                    .when().post("/api/calendars/cn-standard/special-days")
                    .then().statusCode(Status.FORBIDDEN.getStatusCode());
            given().auth().oauth2(token).when().delete("/api/calendars/cn-standard/special-days/2026-10-01")
                    .then().statusCode(Status.FORBIDDEN.getStatusCode());
            given().auth().oauth2(token).when().get("/api/calendars/cn-standard")
                    .then().statusCode(Status.OK.getStatusCode())
                    .body("changedBy", equalTo("migration"));
        }
        given().contentType(ContentType.JSON).body(body).when().post("/api/calendars")
                .then().statusCode(Status.UNAUTHORIZED.getStatusCode());
        given().when().get("/api/calendars").then().statusCode(Status.UNAUTHORIZED.getStatusCode());
        given().when().get("/api/public/calendars/cn-standard").then().statusCode(Status.OK.getStatusCode());
        given().auth().oauth2(admin).when().get("/api/calendars/{code}", code)
                .then().statusCode(Status.NOT_FOUND.getStatusCode());
    }

    private ValidatableResponse due(String code, String start, long amount, String unit, String token) {
        return given().auth().oauth2(token)
                .queryParam("start", start).queryParam("amount", amount).queryParam("unit", unit)
                .when().get("/api/calendars/{code}/due", code)
                .then().log().ifValidationFails();
    }

    private void refused(Map<String, Object> body, String field) {
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(body)
                .when().post("/api/calendars")
                .then().log().ifValidationFails().statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }

    private static String newCode() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Map<String, Object> calendar(String code, Map<String, List<String>> week, List<String> workingWeekdays) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("nameZh", "测试日历");
        body.put("nameEn", "Test calendar");
        body.put("zone", "Asia/Shanghai");
        body.put("weeklyHours", week);
        if (workingWeekdays != null) {
            body.put("workingWeekdays", workingWeekdays);
        }
        return body;
    }

    private static Map<String, Object> change(Map<String, List<String>> week, Integer expectedVersion) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nameZh", "测试日历");
        body.put("nameEn", "Test calendar");
        body.put("zone", "Asia/Shanghai");
        body.put("weeklyHours", week);
        body.put("workingWeekdays", List.copyOf(week.keySet()));
        if (expectedVersion != null) {
            body.put("expectedVersion", expectedVersion);
        }
        return body;
    }

    private static Map<String, List<String>> weekdays(String hours) {
        Map<String, List<String>> week = new LinkedHashMap<>();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
            week.put(day, List.of(hours));
        }
        return week;
    }

    private static Map<String, Object> day(String date, String kind, List<String> hours, String note) {
        Map<String, Object> day = new LinkedHashMap<>();
        day.put("date", date);
        day.put("kind", kind);
        if (hours != null) {
            day.put("hours", hours);
        }
        if (note != null) {
            day.put("note", note);
        }
        return day;
    }
}
