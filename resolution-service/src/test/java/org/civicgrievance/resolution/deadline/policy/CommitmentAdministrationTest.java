package org.civicgrievance.resolution.deadline.policy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import org.civicgrievance.infra.test.StaffTokens;
import org.civicgrievance.resolution.RoutedCases;
import org.civicgrievance.resolution.deadline.ClockKind;
import org.civicgrievance.resolution.deadline.DeadlineTesting;
import org.junit.jupiter.api.Test;

/** Administrators publish and change commitments; the public reads them; new cases' clocks follow them. */
@QuarkusTest
class CommitmentAdministrationTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    RoutedCases routedCases;

    @Inject
    DeadlineTesting deadlines;

    @Test
    void anAdministratorPublishesAndChangesACommitmentVersionedAndAudited() {
        String admin = "admin." + UUID.randomUUID().toString().substring(0, 8);
        String token = StaffTokens.admin(admin);
        String department = "commit-" + UUID.randomUUID().toString().substring(0, 8);

        int id = create(token, onTheSpot(department, null)).statusCode(Status.CREATED.getStatusCode())
                .body("version", equalTo(0))
                .body("department", equalTo(department))
                .body("category", nullValue())
                .body("claim.unit", equalTo("WORKING_MINUTES"))
                .body("changedBy", equalTo(admin))
                .extract().path("id");
        create(token, onTheSpot(department, null)).statusCode(Status.CONFLICT.getStatusCode())
                .contentType(PROBLEM_JSON);

        Map<String, Object> longer = onTheSpot(department, null);
        longer.put("resolution", Map.of("amount", 6, "unit", "WORKING_HOURS"));
        longer.put("expectedVersion", 0);
        change(token, id, longer).statusCode(Status.OK.getStatusCode())
                .body("version", equalTo(1))
                .body("resolution.amount", equalTo(6));
        change(token, id, longer).statusCode(Status.CONFLICT.getStatusCode())
                .contentType(PROBLEM_JSON)
                .body("detail", containsString("version 1, not 0"));
        longer.put("expectedVersion", 1);
        change(token, id, longer).statusCode(Status.OK.getStatusCode()).body("version", equalTo(1));

        given().auth().oauth2(StaffTokens.inspector("li.qiang")).queryParam("actor", admin).when().get("/api/audit")
                .then().statusCode(Status.OK.getStatusCode())
                .body("action", contains("DEADLINE_POLICY_CHANGED", "DEADLINE_POLICY_CHANGED"))
                .body("after", contains("v0", "v1"))
                .body("[1].detail", containsString("6 working hours"));
        given().auth().oauth2(StaffTokens.inspector("li.qiang")).when().get("/api/commitments")
                .then().statusCode(Status.OK.getStatusCode()).body("department", hasItem(department));
    }

    @Test
    void theCityWideWorkingDayPromisesCountOnTheStandardCalendarAndUtilitiesRoundTheClock() {
        String inspector = StaffTokens.inspector("li.qiang");
        given().auth().oauth2(inspector).when().get("/api/commitments")
                .then().statusCode(Status.OK.getStatusCode())
                .body("find { it.department == '*' && it.tier == 'GENERAL' }.calendar", equalTo("cn-standard"))
                .body("find { it.department == '*' && it.tier == 'GENERAL' }.version", equalTo(1))
                .body("find { it.department == '*' && it.tier == 'COMPLEX' }.calendar", equalTo("cn-standard"))
                .body("find { it.department == '*' && it.tier == 'UTILITIES' }.calendar", equalTo("24x7"));
        given().auth().oauth2(inspector).queryParam("actor", "flyway").when().get("/api/audit")
                .then().statusCode(Status.OK.getStatusCode())
                .body("action", everyItem(equalTo("DEADLINE_POLICY_CHANGED")))
                .body("findAll { it.after == 'v1' }.size()", equalTo(2))
                .body("findAll { it.after == 'v1' }.detail", hasItem(containsString("calendar cn-standard (was 24x7")))
                .body("findAll { it.after == 'v0' }.detail", everyItem(containsString("tier ON_THE_SPOT")))
                .body("size()", equalTo(4));
    }

    @Test
    void streetLightingAndTheCitysAppearanceAreSettledOnTheSpotInUrbanManagement() {
        given().queryParam("department", "urban-management").when().get("/api/public/commitments")
                .then().log().ifValidationFails().statusCode(Status.OK.getStatusCode())
                .body("find { it.category == 'street-lighting' }.tier", equalTo("ON_THE_SPOT"))
                .body("find { it.category == 'city-appearance' }.tier", equalTo("ON_THE_SPOT"))
                .body("find { it.category == 'city-appearance' }.calendar", equalTo("cn-standard"))
                .body("find { it.category == 'street-lighting' }.claim.amount", equalTo(30))
                .body("find { it.category == 'street-lighting' }.claim.unit", equalTo("WORKING_MINUTES"))
                .body("find { it.category == 'street-lighting' }.resolution.amount", equalTo(1))
                .body("find { it.category == 'street-lighting' }.resolution.unit", equalTo("WORKING_DAYS"));

        String lightOut = routedCases.queuedAs("urban-management", "street-lighting").subject();
        assertEquals(Map.of("amount", 30, "unit", "WORKING_MINUTES"), deadlines.clock(lightOut, ClockKind.CLAIM).get("limit"));
        assertEquals(Map.of("amount", 1, "unit", "WORKING_DAYS"),
                deadlines.clock(lightOut, ClockKind.RESOLUTION).get("limit"));
        // another category of the same department keeps the city-wide general tier
        String pothole = routedCases.queuedAs("urban-management", "road-damage").subject();
        assertEquals(Map.of("amount", 7, "unit", "WORKING_DAYS"), deadlines.clock(pothole, ClockKind.RESOLUTION).get("limit"));
    }

    @Test
    void theCommitmentDecidesTheClocksOfTheCasesQueuedAfterIt() {
        String department = "commit-" + UUID.randomUUID().toString().substring(0, 8);
        create(StaffTokens.admin("admin.wu"), onTheSpot(department, "street-lighting"))
                .statusCode(Status.CREATED.getStatusCode());

        String caseId = routedCases.queued(department).subject();
        Map<String, Object> claim = deadlines.clock(caseId, ClockKind.CLAIM);
        assertEquals(Map.of("amount", 15, "unit", "WORKING_MINUTES"), claim.get("limit"));
        assertEquals("24x7", claim.get("calendar"));
        assertEquals(Map.of("amount", 4, "unit", "WORKING_HOURS"),
                deadlines.clock(caseId, ClockKind.RESOLUTION).get("limit"));
    }

    @Test
    void thePublicReadsADepartmentsCommitmentsInBothLanguagesWithoutLoggingIn() {
        String department = "commit-" + UUID.randomUUID().toString().substring(0, 8);
        create(StaffTokens.admin("admin.wu"), onTheSpot(department, null)).statusCode(Status.CREATED.getStatusCode());

        given().queryParam("department", department).when().get("/api/public/commitments")
                .then().log().ifValidationFails().statusCode(Status.OK.getStatusCode())
                .body("find { it.category == null }.cityWide", equalTo(false))
                .body("find { it.category == null }.tier", equalTo("ON_THE_SPOT"))
                .body("find { it.category == null }.promiseZh", containsString("15个工作分钟内认领"))
                .body("find { it.category == null }.promiseEn", containsString("resolved within 4 working hours"))
                .body("find { it.category == 'water-supply' }.cityWide", equalTo(true))
                .body("find { it.category == 'water-supply' }.resolution.unit", equalTo("CALENDAR_HOURS"));
        given().when().get("/api/public/commitments").then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(PROBLEM_JSON).body("errors.field", contains("department"));
    }

    @Test
    void onlyAdministratorsWrite() {
        Map<String, Object> body = onTheSpot("commit-nobody", null);
        create(StaffTokens.handler("wang.li", "commit-nobody"), body).statusCode(Status.FORBIDDEN.getStatusCode());
        create(StaffTokens.inspector("li.qiang"), body).statusCode(Status.FORBIDDEN.getStatusCode());
        given().contentType(ContentType.JSON).body(body).when().post("/api/commitments")
                .then().statusCode(Status.UNAUTHORIZED.getStatusCode());
        given().auth().oauth2(StaffTokens.handler("wang.li", "commit-nobody")).when().get("/api/commitments")
                .then().statusCode(Status.FORBIDDEN.getStatusCode());
    }

    @Test
    void badRequestsNameTheField() {
        String token = StaffTokens.admin("admin.wu");
        Map<String, Object> unknownCalendar = onTheSpot("commit-bad", null);
        unknownCalendar.put("calendar", "mars-time");
        create(token, unknownCalendar).statusCode(Status.BAD_REQUEST.getStatusCode()).contentType(PROBLEM_JSON)
                .body("errors.field", contains("calendar"));

        Map<String, Object> noLimit = onTheSpot("commit-bad", null);
        noLimit.put("claim", Map.of("amount", 0, "unit", "WORKING_MINUTES"));
        create(token, noLimit).statusCode(Status.BAD_REQUEST.getStatusCode()).body("errors.field", contains("claim.amount"));

        Map<String, Object> badUnit = onTheSpot("commit-bad", null);
        badUnit.put("update", Map.of("amount", 1, "unit", "FORTNIGHTS"));
        create(token, badUnit).statusCode(Status.BAD_REQUEST.getStatusCode()).body("errors.field", contains("update.unit"));

        Map<String, Object> badDepartment = onTheSpot("Not A Code", null);
        create(token, badDepartment).statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("errors.field", contains("department"));

        int id = create(token, onTheSpot("commit-" + UUID.randomUUID().toString().substring(0, 8), null))
                .statusCode(Status.CREATED.getStatusCode()).extract().path("id");
        change(token, id, onTheSpot("commit-other", null)).statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("errors.field", contains("expectedVersion"));
        change(token, 999_999, onTheSpot("commit-other", null)).statusCode(Status.NOT_FOUND.getStatusCode());
    }

    /** 立查立办: claimed within 15 working minutes, resolved within 4 working hours, round the clock. */
    static Map<String, Object> onTheSpot(String department, String category) {
        Map<String, Object> body = new HashMap<>();
        body.put("department", department);
        body.put("category", category);
        body.put("tier", "ON_THE_SPOT");
        body.put("calendar", "24x7");
        body.put("claim", Map.of("amount", 15, "unit", "WORKING_MINUTES"));
        body.put("update", Map.of("amount", 2, "unit", "WORKING_HOURS"));
        body.put("resolution", Map.of("amount", 4, "unit", "WORKING_HOURS"));
        body.put("callback", Map.of("amount", 1, "unit", "WORKING_DAYS"));
        body.put("reopened", Map.of("amount", 2, "unit", "WORKING_HOURS"));
        body.put("scopeZh", "路灯维修，现场处理");
        body.put("scopeEn", "Street-light repairs, on the spot");
        return body;
    }

    private static ValidatableResponse create(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/commitments").then().log().ifValidationFails();
    }

    private static ValidatableResponse change(String token, int id, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().put("/api/commitments/{id}", id).then().log().ifValidationFails();
    }
}
