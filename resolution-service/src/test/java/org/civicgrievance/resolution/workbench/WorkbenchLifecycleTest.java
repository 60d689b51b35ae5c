package org.civicgrievance.resolution.workbench;

import static io.restassured.RestAssured.given;
import static org.civicgrievance.infra.test.StaffBrowser.as;
import static org.civicgrievance.infra.test.StaffBrowser.formFrom;
import static org.civicgrievance.infra.test.StaffBrowser.signIn;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import org.civicgrievance.infra.test.StaffTokens;
import org.civicgrievance.resolution.RoutedCases;
import org.civicgrievance.infra.test.StaffBrowser;
import org.junit.jupiter.api.Test;

/** The lifecycle forms of the case page: the API's rules, through forms carrying the session's CSRF token. */
@QuarkusTest
class WorkbenchLifecycleTest {

    private static final String URBAN = "urban-management";
    private static final String INSPECTOR = StaffTokens.inspector("inspector.test");

    @Inject
    RoutedCases routedCases;

    @Test
    void theHolderStartsAsksResumesWritesNotesAndResolvesWithAnOutcome() {
        String caseId = routedCases.queued(URBAN).subject();
        String trackingNumber = trackingNumber(caseId);
        StaffBrowser.Session session = signIn("handler.urban");
        post(session, caseId, "claim").header("Location", "/staff/cases/" + caseId + "?outcome=claimed&case=" + trackingNumber);
        String resolveOnHome = "action=\"/staff/cases/" + caseId + "/resolve\"";
        as(session).queryParam("q", trackingNumber).when().get("/staff/").then().statusCode(Status.OK.getStatusCode())
                .body(containsString(resolveOnHome), containsString("<option value=\"PARTLY_RESOLVED\">"));

        as(session).when().get("/staff/cases/{id}", caseId).then().statusCode(Status.OK.getStatusCode())
                .body(containsString("action=\"/staff/cases/" + caseId + "/start\""),
                        containsString("action=\"/staff/cases/" + caseId + "/wait-for-resident\""),
                        containsString("action=\"/staff/cases/" + caseId + "/return\""),
                        containsString("action=\"/staff/cases/" + caseId + "/notes\""),
                        containsString("<option value=\"PARTLY_RESOLVED\">部分解决</option>"),
                        not(containsString("/resume\"")));

        post(session, caseId, "start").header("Location", "/staff/cases/" + caseId + "?outcome=started&case=" + trackingNumber);
        assertCase(caseId).body("status", equalTo("IN_PROGRESS"));

        post(form(session).formParam("question", " "), caseId, "wait-for-resident")
                .header("Location", "/staff/cases/" + caseId + "?outcome=details-missing&case=" + trackingNumber);
        post(form(session).formParam("question", "请问是哪一盏灯？"), caseId, "wait-for-resident")
                .header("Location", "/staff/cases/" + caseId + "?outcome=waiting&case=" + trackingNumber);
        assertCase(caseId).body("status", equalTo("WAITING_FOR_RESIDENT"));
        // a waiting case cannot be resolved: the list links to the case instead of offering the form
        as(session).queryParam("q", trackingNumber).when().get("/staff/").then()
                .body(not(containsString(resolveOnHome)), containsString("href=\"/staff/cases/" + caseId + "\""));
        as(session).when().get("/staff/cases/{id}", caseId).then()
                .body(containsString("action=\"/staff/cases/" + caseId + "/resume\""),
                        not(containsString("/start\"")), containsString("请问是哪一盏灯？"));
        post(session, caseId, "resume").header("Location", "/staff/cases/" + caseId + "?outcome=resumed&case=" + trackingNumber);
        assertCase(caseId).body("status", equalTo("IN_PROGRESS"));

        post(form(session).formParam("text", "<b>内部</b>"), caseId, "notes")
                .header("Location", "/staff/cases/" + caseId + "?outcome=note-added&case=" + trackingNumber);
        post(form(session).formParam("text", "预计周五修好").formParam("visibleToResident", "on"), caseId, "notes")
                .header("Location", "/staff/cases/" + caseId + "?outcome=note-added&case=" + trackingNumber);
        given().auth().oauth2(INSPECTOR).when().get("/api/cases/{id}/notes", caseId)
                .then().body("visibleToResident", org.hamcrest.Matchers.contains(true, false, true));
        as(session).when().get("/staff/cases/{id}", caseId).then()
                .body(containsString("&lt;b&gt;内部&lt;/b&gt;"), not(containsString("<b>内部")),
                        containsString("仅内部可见"), containsString("居民可见"));

        post(form(session).formParam("outcome", "NOT_RESOLVABLE").formParam("note", "抱歉"), caseId, "resolve")
                .header("Location", "/staff/cases/" + caseId + "?outcome=details-missing&case=" + trackingNumber);
        post(form(session).formParam("outcome", "FIXED").formParam("note", "抱歉"), caseId, "resolve")
                .header("Location", "/staff/cases/" + caseId + "?outcome=details-missing&case=" + trackingNumber);
        assertCase(caseId).body("status", equalTo("IN_PROGRESS"));
        post(form(session).formParam("outcome", "NOT_RESOLVABLE").formParam("note", "抱歉，暂时无法解决")
                .formParam("reason", "线路改造需列入明年计划").formParam("whereElse", "供电公司 95598"), caseId, "resolve")
                .header("Location", "/staff/cases/" + caseId + "?outcome=resolved&case=" + trackingNumber);
        assertCase(caseId).body("status", equalTo("RESOLVED")).body("outcome", equalTo("NOT_RESOLVABLE"));
        as(session).when().get("/staff/cases/{id}", caseId).then()
                .body(containsString("<dd id=\"outcome\">无法解决（须写明原因和可求助的去处）</dd>"),
                        containsString("供电公司 95598"));
        post(session, caseId, "start").header("Location", "/staff/cases/" + caseId + "?outcome=not-allowed&case=" + trackingNumber);
    }

    @Test
    void aColleagueCannotWorkAHeldCaseButASupervisorMayReturnItAndAnInspectorMayNot() {
        String caseId = routedCases.queued(URBAN).subject();
        String trackingNumber = trackingNumber(caseId);
        StaffBrowser.Session holder = signIn("handler.urban");
        StaffBrowser.Session supervisor = signIn("supervisor.urban");
        StaffBrowser.Session inspector = signIn("inspector.li");
        StaffBrowser.Session otherDepartment = signIn("handler.water");
        post(holder, caseId, "claim");

        post(supervisor, caseId, "start").header("Location", "/staff/cases/" + caseId + "?outcome=not-holder&case=" + trackingNumber);
        formFrom(inspector, inspector.csrfToken()).formParam("reason", "x").when()
                .post("/staff/cases/{id}/return", caseId)
                .then().statusCode(Status.FORBIDDEN.getStatusCode()).contentType(ContentType.HTML);
        formFrom(otherDepartment, otherDepartment.csrfToken()).formParam("reason", "x").when()
                .post("/staff/cases/{id}/return", caseId)
                .then().statusCode(Status.NOT_FOUND.getStatusCode()).contentType(ContentType.HTML);
        formFrom(holder, null).formParam("reason", "x").when().post("/staff/cases/{id}/return", caseId)
                .then().statusCode(Status.FORBIDDEN.getStatusCode());
        assertCase(caseId).body("status", equalTo("CLAIMED"));

        // the return is set apart on the case page and must be confirmed: without the box ticked nothing happens
        String page = as(supervisor).get("/staff/cases/{id}", caseId).then().extract().asString();
        assertTrue(page.contains("<section class=\"danger-zone\" aria-labelledby=\"return-heading\">"), page);
        assertTrue(page.contains("name=\"confirm\" type=\"checkbox\" value=\"yes\" required"), page);
        assertTrue(page.contains("<button type=\"submit\" class=\"danger\">退回重新分派（退单）</button>"), page);
        post(form(supervisor).formParam("reason", "路灯归供电公司"), caseId, "return")
                .header("Location", "/staff/cases/" + caseId + "?outcome=not-confirmed&case=" + trackingNumber);
        assertCase(caseId).body("status", equalTo("CLAIMED"));

        post(form(supervisor).formParam("reason", "路灯归供电公司").formParam("confirm", "yes"), caseId, "return")
                .header("Location", "/staff/?outcome=returned&case=" + trackingNumber);
        assertCase(caseId).body("status", equalTo("RETURNED"));
    }

    @Test
    void aSupervisorRatesTheHandlingOfAResolutionOnceFromTheCasePage() {
        String caseId = routedCases.queued(URBAN).subject();
        String trackingNumber = trackingNumber(caseId);
        StaffBrowser.Session holder = signIn("handler.urban");
        StaffBrowser.Session supervisor = signIn("supervisor.urban");
        post(holder, caseId, "claim");
        post(form(holder).formParam("outcome", "RESOLVED").formParam("note", "已修好"), caseId, "resolve")
                .header("Location", "/staff/cases/" + caseId + "?outcome=resolved&case=" + trackingNumber);

        String rateAction = "action=\"/staff/cases/" + caseId + "/handling-rating\"";
        as(holder).when().get("/staff/cases/{id}", caseId).then().body(not(containsString(rateAction)));
        as(supervisor).when().get("/staff/cases/{id}", caseId).then().body(containsString(rateAction));

        post(form(supervisor).formParam("stars", "9"), caseId, "handling-rating")
                .header("Location", "/staff/cases/" + caseId + "?outcome=details-missing&case=" + trackingNumber);
        post(form(supervisor).formParam("stars", "4").formParam("comment", "<i>及时</i>"), caseId, "handling-rating")
                .header("Location", "/staff/cases/" + caseId + "?outcome=handling-rated&case=" + trackingNumber);
        post(form(supervisor).formParam("stars", "5"), caseId, "handling-rating")
                .header("Location", "/staff/cases/" + caseId + "?outcome=not-allowed&case=" + trackingNumber);
        as(supervisor).when().get("/staff/cases/{id}", caseId).then()
                .body(containsString("★★★★ · supervisor.urban"), containsString("&lt;i&gt;及时&lt;/i&gt;"),
                        not(containsString("<i>及时")));
        formFrom(holder, holder.csrfToken()).formParam("stars", "5").when()
                .post("/staff/cases/{id}/handling-rating", caseId)
                .then().statusCode(Status.FORBIDDEN.getStatusCode());
    }

    private static RequestSpecification form(StaffBrowser.Session session) {
        return formFrom(session, session.csrfToken()).formParam("lang", "zh");
    }

    private static ValidatableResponse post(StaffBrowser.Session session, String caseId, String action) {
        return post(form(session), caseId, action);
    }

    private static ValidatableResponse post(RequestSpecification form, String caseId, String action) {
        return form.when().post("/staff/cases/{id}/" + action, caseId)
                .then().log().ifValidationFails().statusCode(Status.SEE_OTHER.getStatusCode());
    }

    private static String trackingNumber(String caseId) {
        return given().auth().oauth2(INSPECTOR).when().get("/api/cases/{id}", caseId)
                .then().statusCode(Status.OK.getStatusCode()).extract().path("trackingNumber");
    }

    private static ValidatableResponse assertCase(String caseId) {
        return given().auth().oauth2(INSPECTOR).when().get("/api/cases/{id}", caseId)
                .then().statusCode(Status.OK.getStatusCode());
    }
}
