package org.civicgrievance.routing.desk;

import static io.restassured.RestAssured.given;
import static org.civicgrievance.infra.test.StaffBrowser.as;
import static org.civicgrievance.infra.test.StaffBrowser.formFrom;
import static org.civicgrievance.infra.test.StaffBrowser.signIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.civicgrievance.infra.test.StaffBrowser;
import org.civicgrievance.infra.test.StaffTokens;
import org.civicgrievance.routing.CaseEvents;
import org.junit.jupiter.api.Test;

/**
 * The dispatch desk as its users meet it in a browser: a dispatcher places a waiting case with the
 * form (a form missing something comes back with what was typed and says which field), an
 * inspector reads the queue without forms, an administrator sees the departments, and a handler
 * who signs in here is told where to go instead of being sent round in a loop.
 */
@QuarkusTest
class DeskTest {

    @Inject
    CaseEvents events;

    @Test
    void aDispatcherPlacesAWaitingCaseWithTheFormAndAFormMissingAReasonKeepsWhatWasTyped() {
        String caseId = events.submit("小区门口的路灯坏了一个月");
        events.awaitTriage(caseId);
        String trackingNumber = CaseEvents.trackingNumber(caseId);
        StaffBrowser.Session dispatcher = signIn("operator.chen");

        String desk = desk(dispatcher, "?q=" + trackingNumber);
        String row = rowOf(desk, caseId);
        assertTrue(row.contains(trackingNumber), row);
        assertTrue(desk.contains("value=\"" + trackingNumber + "\""), "the search box keeps what was sought");
        assertTrue(row.contains("action=\"/staff/triage/" + caseId + "/placement\""), row);
        assertTrue(row.contains("<option value=\"urban-management\">"), "active departments to choose from: " + row);

        // no reason: nothing placed, the desk again with the department still chosen and the field named
        Response refused = formFrom(dispatcher, dispatcher.csrfToken()).formParam("department", "urban-management")
                .formParam("reason", "  ").formParam("q", trackingNumber).post("/staff/triage/{id}/placement", caseId);
        assertEquals(Status.BAD_REQUEST.getStatusCode(), refused.statusCode());
        String again = rowOf(refused.asString(), caseId);
        assertTrue(again.contains("请填写分派理由。"), again);
        assertTrue(again.contains("<option value=\"urban-management\" selected>"), "the choice kept: " + again);
        assertTrue(again.contains("name=\"reason\" rows=\"2\" maxlength=\"300\" required aria-invalid=\"true\""), again);
        given().auth().oauth2(StaffTokens.operator("chen.jing")).queryParam("size", 100).get("/api/triage").then()
                .body("items.caseId", org.hamcrest.Matchers.hasItem(caseId));

        // a department that takes no cases: the reason typed stays
        String unknown = formFrom(dispatcher, dispatcher.csrfToken()).formParam("department", "no-such-department")
                .formParam("reason", "路灯归城管").formParam("q", trackingNumber).post("/staff/triage/{id}/placement", caseId)
                .then().statusCode(Status.BAD_REQUEST.getStatusCode()).extract().asString();
        String kept = rowOf(unknown, caseId);
        assertTrue(kept.contains("该部门不存在或已停用") && kept.contains(">路灯归城管</textarea>"), kept);

        // without the CSRF token the same post is refused before anything is placed
        formFrom(dispatcher, null).formParam("department", "urban-management").formParam("reason", "路灯归城管")
                .post("/staff/triage/{id}/placement", caseId).then().statusCode(Status.FORBIDDEN.getStatusCode());

        Response placed = formFrom(dispatcher, dispatcher.csrfToken()).formParam("department", "urban-management")
                .formParam("reason", "路灯归城管").formParam("lang", "en").post("/staff/triage/{id}/placement", caseId);
        assertEquals(Status.SEE_OTHER.getStatusCode(), placed.statusCode());
        String location = placed.header("Location");
        assertEquals("/staff/?outcome=placed&case=" + trackingNumber + "&department=urban-management&lang=en", location);
        String after = as(dispatcher).get(location).then().statusCode(Status.OK.getStatusCode()).extract().asString();
        assertTrue(after.contains("Case " + trackingNumber + " is placed with urban-management."), after);
        assertFalse(after.contains("id=\"triage-" + caseId + "\""), "the case left the queue");
        List<String> placedBy = given().auth().oauth2(StaffTokens.inspector("li.qiang"))
                .get("/api/cases/{id}/placements", caseId).then().extract().path("placedBy");
        assertEquals(List.of("operator.chen"), placedBy);

        // posted again (a second tab, a double click): the desk says it is no longer waiting
        String twice = formFrom(dispatcher, dispatcher.csrfToken()).formParam("department", "urban-management")
                .formParam("reason", "路灯归城管").post("/staff/triage/{id}/placement", caseId).then()
                .statusCode(Status.SEE_OTHER.getStatusCode()).extract().header("Location");
        assertTrue(as(dispatcher).get(twice).then().extract().asString().contains("已不在待分派队列中"), twice);
    }

    @Test
    void anInspectorReadsTheQueueWithoutFormsAndAnAdministratorSeesTheDepartments() {
        String caseId = events.submit("河道里有垃圾");
        events.awaitTriage(caseId);

        String inspectorDesk = desk(signIn("inspector.li"), "?q=" + CaseEvents.trackingNumber(caseId));
        assertTrue(inspectorDesk.contains("您的角色可以查看待分派案件，但不能分派。"), inspectorDesk);
        assertFalse(inspectorDesk.contains("/placement\""), "no place form for an inspector");

        StaffBrowser.Session admin = signIn("admin.zhou");
        String adminDesk = desk(admin, "");
        assertTrue(adminDesk.contains("id=\"departments-heading\""), adminDesk);
        assertTrue(adminDesk.contains("<td>urban-management</td>"), adminDesk);
        assertFalse(adminDesk.contains("id=\"triage-heading\""), "administrators do not place cases");
        String english = desk(admin, "?lang=en");
        assertTrue(english.contains("Departments") && english.contains("Active"), english);
        formFrom(admin, admin.csrfToken()).formParam("department", "urban-management").formParam("reason", "x")
                .post("/staff/triage/{id}/placement", caseId).then().statusCode(Status.FORBIDDEN.getStatusCode());
    }

    @Test
    void aHandlerWhoSignsInHereIsToldWhereToGoNotSentRound() {
        String page = desk(signIn("handler.urban"), "");
        assertTrue(page.contains("分派台供调度员、管理员和纪检监察人员使用。案件办理请使用办理工作台。"), page);
        assertFalse(page.contains("id=\"triage-heading\""), page);
    }

    @Test
    void aVisitorWithoutASessionIsSentToSignIn() {
        StaffBrowser.browser().get("/staff/").then().statusCode(Status.SEE_OTHER.getStatusCode())
                .header("Location", "/staff/sign-in");
    }

    private static String desk(StaffBrowser.Session session, String query) {
        return as(session).get("/staff/" + query).then().statusCode(Status.OK.getStatusCode()).extract().asString();
    }

    /** The table row of one waiting case. */
    private static String rowOf(String page, String caseId) {
        int start = page.indexOf("<tr id=\"triage-" + caseId + "\">");
        assertTrue(start >= 0, "no row for " + caseId + " in\n" + page);
        return page.substring(start, page.indexOf("</tr>", start));
    }
}
