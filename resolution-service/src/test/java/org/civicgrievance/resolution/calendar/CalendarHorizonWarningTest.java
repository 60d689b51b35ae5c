package org.civicgrievance.resolution.calendar;

import static io.restassured.RestAssured.given;
import static org.civicgrievance.infra.test.StaffBrowser.as;
import static org.civicgrievance.infra.test.StaffBrowser.signIn;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.civicgrievance.infra.test.StaffTokens;
import org.civicgrievance.infra.test.StaffBrowser;
import org.civicgrievance.resolution.TestClock;
import org.civicgrievance.resolution.deadline.Shanghai;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * From 1 November, while next year's holidays are not loaded, administrators and inspectors are
 * warned (API, the inspector's page, a metric); loading the year ends the warning. Deadlines keep
 * working meanwhile, so readiness stays up.
 */
@QuarkusTest
class CalendarHorizonWarningTest {

    @Inject
    TestClock clock;

    private final String code = "warn-" + UUID.randomUUID().toString().substring(0, 8);
    private final String admin = StaffTokens.admin("admin.horizon-warning");

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theWarningAppearsOnTheFirstOfNovemberAndEndsWhenTheYearIsLoaded() {
        HorizonCalendars.createConfirmedThrough2026(code, admin);
        StaffBrowser.Session inspector = signIn("inspector.li");

        clock.setTo(Shanghai.at("2026-10-31T23:59"));
        horizonOf(code, "warning", false);
        horizonOf(code, "daysConfirmed", 61);

        clock.setTo(Shanghai.at("2026-11-01T00:00"));
        horizonOf(code, "warning", true);
        as(inspector).when().get("/staff/").then().statusCode(Status.OK.getStatusCode())
                .body(containsString("日历 " + code + " 的节假日只确认到 2026-12-31"));
        as(inspector).queryParam("lang", "en").when().get("/staff/").then().statusCode(Status.OK.getStatusCode())
                .body(containsString("The holidays of calendar " + code + " are confirmed only through 2026-12-31"));
        assertEquals(1.0, warningGauge());
        given().when().get("/q/health/ready").then().statusCode(Status.OK.getStatusCode());

        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("days", List.of(Map.of("date", "2027-01-01", "kind", "HOLIDAY", "note", "元旦"))))
                .when().put("/api/calendars/{code}/special-days/2027", code)
                .then().log().ifValidationFails().statusCode(Status.OK.getStatusCode());
        horizonOf(code, "warning", false);
        horizonOf(code, "confirmedThrough", "2027-12-31");
        as(inspector).when().get("/staff/").then().statusCode(Status.OK.getStatusCode())
                .body(not(containsString("日历 " + code + " 的节假日")));
        assertEquals(0.0, warningGauge());
    }

    @Test
    void handlersAreNotBotheredWithIt() {
        HorizonCalendars.createConfirmedThrough2026(code, admin);
        StaffBrowser.Session handler = signIn("handler.urban");
        clock.setTo(Shanghai.at("2026-12-01T10:00"));
        as(handler).when().get("/staff/").then().statusCode(Status.OK.getStatusCode())
                .body(not(containsString("日历 " + code)));
    }

    /** The value Prometheus scrapes for this calendar's warning gauge. */
    private double warningGauge() {
        String metrics = given().when().get("/q/metrics").then().statusCode(Status.OK.getStatusCode()).extract().asString();
        return metrics.lines().filter(line -> line.startsWith("grievance_calendar_horizon_warning{")
                && line.contains("calendar=\"" + code + "\"")).findFirst()
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .orElseThrow(() -> new AssertionError("no warning gauge for " + code));
    }

    private void horizonOf(String calendar, String field, Object expected) {
        given().auth().oauth2(StaffTokens.inspector("inspector.horizon")).when().get("/api/calendars/horizon")
                .then().log().ifValidationFails().statusCode(Status.OK.getStatusCode())
                .body("find { it.calendar == '" + calendar + "' }." + field, equalTo(expected));
    }
}
