package org.civicgrievance.resolution.calendar;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response.Status;

import io.restassured.http.ContentType;

/** Calendars of the tests' own, created through the API, that follow the national schedule confirmed through 2026. */
public final class HorizonCalendars {

    private HorizonCalendars() {
    }

    /** Monday to Friday 09:00–12:00 and 13:30–17:30 in Beijing time, confirmed through 2026-12-31. */
    public static void createConfirmedThrough2026(String code, String adminToken) {
        Map<String, List<String>> week = new LinkedHashMap<>();
        for (DayOfWeek day : WorkingCalendar.MONDAY_TO_FRIDAY) {
            week.put(day.name(), List.of("09:00-12:00", "13:30-17:30"));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("nameZh", "测试日历");
        body.put("nameEn", "Test calendar");
        body.put("zone", "Asia/Shanghai");
        body.put("weeklyHours", week);
        body.put("confirmedThrough", "2026-12-31");
        given().auth().oauth2(adminToken).contentType(ContentType.JSON).body(body).when().post("/api/calendars")
                .then().log().ifValidationFails().statusCode(Status.CREATED.getStatusCode())
                .body("confirmedThrough", equalTo("2026-12-31"));
    }
}
