package org.civicgrievance.resolution.workbench;

import static io.restassured.RestAssured.given;
import static org.civicgrievance.resolution.StaffActions.claim;
import static org.civicgrievance.infra.test.StaffBrowser.as;
import static org.civicgrievance.infra.test.StaffBrowser.formFrom;
import static org.civicgrievance.infra.test.StaffBrowser.signIn;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.civicgrievance.infra.test.StaffTokens;
import org.civicgrievance.platform.events.CloudEvent;
import org.civicgrievance.resolution.RoutedCases;
import org.civicgrievance.infra.test.StaffBrowser;
import org.civicgrievance.resolution.TestClock;
import org.civicgrievance.resolution.deadline.OnAWorkingMonday;
import org.civicgrievance.resolution.deadline.Shanghai;
import org.civicgrievance.resolution.deadline.warning.DeadlineScanner;
import org.junit.jupiter.api.Test;

/**
 * The workbench shows time limits: each listed case's nearest due time and its card, the clocks on
 * the case page, and forms to ask for an extension (the holder) and decide on it (another
 * supervisor), with the same CSRF and role rules as every workbench form. From Monday 30 November
 * 2026, 09:30 in Shanghai: claim due 11:30, resolution due Wednesday 9 December 17:30 (cn-standard).
 */
@QuarkusTest
class WorkbenchDeadlinesTest implements OnAWorkingMonday {

    private static final String URBAN = "urban-management";
    /** A category on the city-wide general tier (7 working days): urban management settles street lighting on the spot. */
    private static final String GENERAL_TIER = "road-damage";
    private static final String INSPECTOR = StaffTokens.inspector("inspector.test");
    private static final String REASON = "需要联系供电公司共同勘查";

    @Inject
    RoutedCases routedCases;

    @Inject
    TestClock clock;

    @Inject
    DeadlineScanner scanner;

    @Test
    void theQueueShowsEachCasesNextDueTimeAndItsCard() {
        CloudEvent queued = routedCases.queuedAs(URBAN, GENERAL_TIER);
        String caseId = queued.subject();
        String trackingNumber = RoutedCases.trackingNumber(queued);
        StaffBrowser.Session handler = signIn("handler.urban");

        String row = row(homePage(handler, trackingNumber), caseId);
        assertTrue(row.contains(">2026-11-30 11:30</time>"), "the claim is due first: " + row);
        assertTrue(!row.contains("class=\"card"), row);

        clock.setTo(Shanghai.at("2026-11-30T11:05"));
        scanner.scanAll();
        assertTrue(row(homePage(handler, trackingNumber), caseId).contains("<strong class=\"card card-yellow\">黄牌</strong>"));

        clock.setTo(Shanghai.at("2026-11-30T11:35"));
        scanner.scanAll();
        String red = row(as(handler).queryParam("lang", "en").queryParam("q", trackingNumber).when().get("/staff/").then()
                .statusCode(Status.OK.getStatusCode()).extract().asString(), caseId);
        assertTrue(red.contains("<strong class=\"card card-red\">Red card</strong>"), red);
    }

    @Test
    void theHolderAsksForMoreTimeAndAnotherSupervisorApprovesItOnTheCasePage() {
        String caseId = routedCases.queuedAs(URBAN, GENERAL_TIER).subject();
        claim(caseId, StaffTokens.handler("handler.urban", URBAN)).statusCode(Status.OK.getStatusCode());
        String trackingNumber = given().auth().oauth2(INSPECTOR).when().get("/api/cases/{id}", caseId)
                .then().extract().path("trackingNumber");
        StaffBrowser.Session handler = signIn("handler.urban");
        StaffBrowser.Session supervisor = signIn("supervisor.urban");
        String ask = "/staff/cases/" + caseId + "/extensions";

        as(handler).when().get("/staff/cases/{id}", caseId).then().statusCode(Status.OK.getStatusCode())
                .body(containsString("<td>办结</td>"), containsString(">2026-12-09 17:30</time>"),
                        containsString("<form method=\"post\" action=\"" + ask + "\">"));
        as(supervisor).when().get("/staff/cases/{id}", caseId).then().statusCode(Status.OK.getStatusCode())
                .body(not(containsString("<form method=\"post\" action=\"" + ask + "\">")));

        // without the session's CSRF token nothing happens; bad amounts change nothing either
        formFrom(handler, null).formParam("clock", "RESOLUTION").formParam("amount", "3")
                .formParam("unit", "WORKING_DAYS").formParam("reason", REASON)
                .when().post(ask).then().statusCode(Status.FORBIDDEN.getStatusCode());
        formFrom(handler, handler.csrfToken()).formParam("clock", "RESOLUTION").formParam("amount", "0")
                .formParam("unit", "WORKING_DAYS").formParam("reason", REASON)
                .when().post(ask).then().statusCode(Status.SEE_OTHER.getStatusCode())
                .header("Location", "/staff/cases/" + caseId + "?outcome=details-missing&case=" + trackingNumber);
        formFrom(supervisor, supervisor.csrfToken()).formParam("clock", "RESOLUTION").formParam("amount", "3")
                .formParam("unit", "WORKING_DAYS").formParam("reason", REASON)
                .when().post(ask).then().statusCode(Status.FORBIDDEN.getStatusCode()).contentType(ContentType.HTML);
        assertEquals(List.of(), extensions(caseId).getList("state"));

        formFrom(handler, handler.csrfToken()).formParam("clock", "RESOLUTION").formParam("amount", "3")
                .formParam("unit", "WORKING_DAYS").formParam("reason", REASON)
                .when().post(ask).then().statusCode(Status.SEE_OTHER.getStatusCode())
                .header("Location", "/staff/cases/" + caseId + "?outcome=extension-requested&case=" + trackingNumber);
        String extensionId = extensions(caseId).getString("[0].id");
        String decide = ask + "/" + extensionId;

        as(handler).when().get("/staff/cases/{id}", caseId).then()
                .body(containsString("待审批"), not(containsString("action=\"" + decide + "/approval\"")));
        as(supervisor).when().get("/staff/cases/{id}", caseId).then()
                .body(containsString("<form method=\"post\" action=\"" + decide + "/approval\">"),
                        containsString("<form method=\"post\" action=\"" + decide + "/refusal\">"));
        formFrom(handler, handler.csrfToken()).when().post(decide + "/approval")
                .then().statusCode(Status.FORBIDDEN.getStatusCode()).contentType(ContentType.HTML);
        formFrom(supervisor, null).formParam("note", "同意").when().post(decide + "/approval")
                .then().statusCode(Status.FORBIDDEN.getStatusCode());
        assertEquals("REQUESTED", extensions(caseId).getString("[0].state"));

        // the supervisor finds it among the requests waiting for them, linked to the case
        String waiting = "/api/extensions/waiting";
        given().auth().oauth2(StaffTokens.supervisor("supervisor.urban", URBAN)).queryParam("size", 100).when().get(waiting)
                .then().statusCode(Status.OK.getStatusCode()).body("items.extension.id", hasItem(extensionId))
                .body("items.find { it.extension.id == '" + extensionId + "' }.trackingNumber", equalTo(trackingNumber));
        given().auth().oauth2(StaffTokens.handler("handler.urban", URBAN)).when().get(waiting)
                .then().statusCode(Status.FORBIDDEN.getStatusCode());
        as(supervisor).when().get("/staff/").then().statusCode(Status.OK.getStatusCode())
                .body(containsString("待我审批的延期申请"),
                        containsString("<td><a href=\"/staff/cases/" + caseId + "\">" + trackingNumber + "</a></td>"));
        as(handler).when().get("/staff/").then().body(not(containsString("待我审批的延期申请")));

        formFrom(supervisor, supervisor.csrfToken()).formParam("note", "同意").formParam("lang", "en")
                .when().post(decide + "/approval").then().statusCode(Status.SEE_OTHER.getStatusCode())
                .header("Location", "/staff/cases/" + caseId + "?outcome=extension-approved&case=" + trackingNumber + "&lang=en");
        assertEquals("APPROVED", extensions(caseId).getString("[0].state"));
        given().auth().oauth2(StaffTokens.supervisor("supervisor.urban", URBAN)).queryParam("size", 100).when().get(waiting)
                .then().body("items.extension.id", not(hasItem(extensionId)));
        as(handler).when().get("/staff/cases/{id}", caseId).then()
                .body(containsString(">2026-12-14 17:30</time> (原到期时间 2026-12-09 17:30)"),
                        containsString("办理时限延长至 2026年12月14日 17:30，原因：" + REASON));
        given().auth().oauth2(INSPECTOR).when().get("/api/cases/{id}", caseId).then()
                .body("resolutionDueAt", equalTo(Shanghai.at("2026-12-14T17:30").toString()));
    }

    @Test
    void anInspectorReadsTheClocksButGetsNoExtensionForms() {
        String caseId = routedCases.queuedAs(URBAN, GENERAL_TIER).subject();
        StaffBrowser.Session inspector = signIn("inspector.li");
        as(inspector).when().get("/staff/cases/{id}", caseId).then().statusCode(Status.OK.getStatusCode())
                .body(containsString("<td>认领</td>"), containsString(">2026-11-30 11:30</time>"),
                        not(containsString("/extensions\">")));
        formFrom(inspector, inspector.csrfToken()).formParam("clock", "RESOLUTION").formParam("amount", "3")
                .formParam("unit", "WORKING_DAYS").formParam("reason", REASON)
                .when().post("/staff/cases/{id}/extensions", caseId)
                .then().statusCode(Status.FORBIDDEN.getStatusCode()).contentType(ContentType.HTML);
    }

    /** The workbench home searched for one case: the queue's first page need not hold it. */
    private static String homePage(StaffBrowser.Session session, String trackingNumber) {
        return as(session).queryParam("q", trackingNumber).when().get("/staff/").then().statusCode(Status.OK.getStatusCode()).extract().asString();
    }

    /** The table row of one case on a workbench page. */
    private static String row(String page, String caseId) {
        Matcher row = Pattern.compile("<tr id=\"case-" + Pattern.quote(caseId) + "\">.*?</tr>", Pattern.DOTALL)
                .matcher(page);
        assertTrue(row.find(), "no row for " + caseId);
        return row.group();
    }

    private static io.restassured.path.json.JsonPath extensions(String caseId) {
        return given().auth().oauth2(INSPECTOR).when().get("/api/cases/{id}/extensions", caseId)
                .then().statusCode(Status.OK.getStatusCode()).extract().jsonPath();
    }
}
