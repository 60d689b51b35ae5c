package org.civicgrievance.resolution.workbench;

import static io.restassured.RestAssured.given;
import static org.civicgrievance.infra.test.StaffBrowser.SESSION_COOKIE;
import static org.civicgrievance.infra.test.StaffBrowser.as;
import static org.civicgrievance.infra.test.StaffBrowser.browser;
import static org.civicgrievance.infra.test.StaffBrowser.formFrom;
import static org.civicgrievance.infra.test.StaffBrowser.signIn;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import org.civicgrievance.infra.test.StaffTokens;
import org.civicgrievance.platform.events.CloudEvent;
import org.civicgrievance.resolution.RoutedCases;
import org.civicgrievance.infra.test.StaffBrowser;
import org.junit.jupiter.api.Test;

/** The case workbench at /staff/: the same rules as the API, through pages and forms, with CSRF tokens. */
@QuarkusTest
class WorkbenchTest {

    private static final String URBAN = "urban-management";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String INSPECTOR = StaffTokens.inspector("inspector.test");

    @Inject
    RoutedCases routedCases;

    @Test
    void withoutAValidSessionThePagesRedirectToSignIn() {
        browser().when().get("/staff/")
                .then().statusCode(Status.SEE_OTHER.getStatusCode()).header("Location", "/staff/sign-in");
        browser().queryParam("lang", "en").when().get("/staff/")
                .then().statusCode(Status.SEE_OTHER.getStatusCode()).header("Location", "/staff/sign-in?lang=en");
        browser().when().get("/staff/cases/{id}", "any-case")
                .then().statusCode(Status.SEE_OTHER.getStatusCode()).header("Location", "/staff/sign-in");
        browser().contentType(ContentType.URLENC).formParam("lang", "zh").when().post("/staff/cases/{id}/claim", "any-case")
                .then().statusCode(Status.SEE_OTHER.getStatusCode()).header("Location", "/staff/sign-in");

        String expired = StaffTokens.staff("handler.urban", URBAN, "handler")
                .expiredAt(Instant.now().minus(1, ChronoUnit.HOURS)).token();
        String forged = StaffTokens.staff("handler.urban", URBAN, "handler").signedByAStranger().token();
        for (String cookie : new String[] { expired, forged }) {
            browser().cookie(SESSION_COOKIE, cookie).when().get("/staff/")
                    .then().statusCode(Status.SEE_OTHER.getStatusCode()).header("Location", "/staff/sign-in");
        }
    }

    @Test
    void aHandlerSeesTheirDepartmentsQueueWithAClaimFormForEachCase() {
        CloudEvent queued = routedCases.queued(URBAN);
        String trackingNumber = trackingNumber(queued.subject());
        StaffBrowser.Session session = signIn("handler.urban");

        as(session).queryParam("q", trackingNumber).when().get("/staff/")
                .then().statusCode(Status.OK.getStatusCode())
                .contentType(ContentType.HTML)
                .body(containsString("<html lang=\"zh-CN\">"),
                        containsString("王立 (handler.urban)"),
                        containsString("待认领案件 · urban-management"),
                        containsString(trackingNumber),
                        containsString("street-lighting"),
                        containsString("路灯不亮"),
                        containsString("<form method=\"post\" action=\"/staff/cases/" + queued.subject() + "/claim\">"),
                        containsString("<input type=\"hidden\" name=\"csrf_token\" value=\"" + session.csrfToken() + "\">"),
                        containsString("<form method=\"post\" action=\"/staff/sign-out\""));
        as(session).queryParam("lang", "en").when().get("/staff/")
                .then().statusCode(Status.OK.getStatusCode())
                .body(containsString("<html lang=\"en\">"), containsString("Tracking number"),
                        containsString("Waiting to be claimed · urban-management"));
    }

    @Test
    void claimingAndResolvingThroughTheFormsChangeTheCase() {
        String caseId = routedCases.queued(URBAN).subject();
        String trackingNumber = trackingNumber(caseId);
        StaffBrowser.Session session = signIn("handler.urban");

        String location = formFrom(session, session.csrfToken()).formParam("lang", "zh")
                .when().post("/staff/cases/{id}/claim", caseId)
                .then().statusCode(Status.SEE_OTHER.getStatusCode())
                .header("Location", "/staff/cases/" + caseId + "?outcome=claimed&case=" + trackingNumber)
                .extract().header("Location");
        assertCase(caseId).body("status", equalTo("CLAIMED")).body("handler", equalTo("handler.urban"));
        // the forms post without showing the contact, so they audit no view of it (unlike the API's answers)
        given().auth().oauth2(INSPECTOR).queryParam("caseId", caseId).when().get("/api/audit")
                .then().statusCode(Status.OK.getStatusCode()).body("action", not(hasItem("CONTACT_VIEWED")));
        // after the redirect: back on the case, what happened, its Resolve form, and the holder now sees the contact
        as(session).when().get(location)
                .then().statusCode(Status.OK.getStatusCode())
                .body(containsString("<p class=\"notice\" role=\"status\">已认领 " + trackingNumber + "。</p>"),
                        containsString("<form method=\"post\" action=\"/staff/cases/" + caseId + "/resolve\">"),
                        containsString("13812345678"));

        formFrom(session, session.csrfToken()).formParam("note", "  ")
                .when().post("/staff/cases/{id}/resolve", caseId)
                .then().statusCode(Status.SEE_OTHER.getStatusCode())
                .header("Location", "/staff/cases/" + caseId + "?outcome=note-missing&case=" + trackingNumber);
        assertCase(caseId).body("status", equalTo("CLAIMED"));

        // the form's fields reach the resource although the CSRF filter read the form first
        formFrom(session, session.csrfToken()).formParam("outcome", "RESOLVED").formParam("note", "已更换灯泡 💡 <b>ok</b>")
                .formParam("lang", "en")
                .when().post("/staff/cases/{id}/resolve", caseId)
                .then().statusCode(Status.SEE_OTHER.getStatusCode())
                .header("Location", "/staff/cases/" + caseId + "?outcome=resolved&case=" + trackingNumber + "&lang=en");
        assertCase(caseId).body("status", equalTo("RESOLVED")).body("resolutionNote", equalTo("已更换灯泡 💡 <b>ok</b>"));

        // one view of the contact, the page the claim led to; the posts added none
        given().auth().oauth2(INSPECTOR).queryParam("caseId", caseId).when().get("/api/audit")
                .then().statusCode(Status.OK.getStatusCode())
                .body("findAll { it.action == 'CONTACT_VIEWED' }.size()", equalTo(1))
                .body("action", hasItem("CASE_RESOLVED"));
    }

    @Test
    void aClaimWithoutOrWithAWrongCsrfTokenIsRefusedAndChangesNothing() {
        String caseId = routedCases.queued(URBAN).subject();
        StaffBrowser.Session session = signIn("handler.urban");
        StaffBrowser.Session colleague = signIn("supervisor.urban");

        formFrom(session, null).formParam("lang", "zh").when().post("/staff/cases/{id}/claim", caseId)
                .then().statusCode(Status.FORBIDDEN.getStatusCode()).contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:civic-grievance:problem:csrf-token-missing"));
        formFrom(session, "0123456789abcdefghijklmnopqrstuvwxyzABCDEFG").when().post("/staff/cases/{id}/claim", caseId)
                .then().statusCode(Status.FORBIDDEN.getStatusCode()).contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:civic-grievance:problem:csrf-token-invalid"));
        formFrom(session, colleague.csrfToken()).when().post("/staff/cases/{id}/claim", caseId)
                .then().statusCode(Status.FORBIDDEN.getStatusCode())
                .body("type", equalTo("urn:civic-grievance:problem:csrf-token-invalid"));
        assertCase(caseId).body("status", equalTo("QUEUED"));
    }

    @Test
    void aCaseAColleagueClaimedFirstSaysSo() {
        String caseId = routedCases.queued(URBAN).subject();
        StaffBrowser.Session session = signIn("handler.urban");
        given().auth().oauth2(StaffTokens.supervisor("liu.yang", URBAN)).when().post("/api/cases/{id}/claim", caseId)
                .then().statusCode(Status.OK.getStatusCode());

        formFrom(session, session.csrfToken()).when().post("/staff/cases/{id}/claim", caseId)
                .then().statusCode(Status.SEE_OTHER.getStatusCode())
                .header("Location", "/staff/cases/" + caseId + "?outcome=not-claimable&case=" + trackingNumber(caseId));
        assertCase(caseId).body("handler", equalTo("liu.yang"));
    }

    @Test
    void anotherDepartmentsCaseIsNotFound() {
        String caseId = routedCases.queued(URBAN).subject();
        StaffBrowser.Session otherDepartment = signIn("handler.water");

        as(otherDepartment).when().get("/staff/cases/{id}", caseId)
                .then().statusCode(Status.NOT_FOUND.getStatusCode()).contentType(ContentType.HTML)
                .body(containsString("<h1>未找到</h1>"), not(containsString(trackingNumber(caseId))));
        formFrom(otherDepartment, otherDepartment.csrfToken()).when().post("/staff/cases/{id}/claim", caseId)
                .then().statusCode(Status.NOT_FOUND.getStatusCode()).contentType(ContentType.HTML);
        as(otherDepartment).queryParam("department", URBAN).when().get("/staff/")
                .then().statusCode(Status.FORBIDDEN.getStatusCode()).contentType(ContentType.HTML);
        assertCase(caseId).body("status", equalTo("QUEUED"));
    }

    @Test
    void anInspectorReadsEveryQueueWithoutFormsAndAForgedClaimIsForbidden() {
        String caseId = routedCases.queued(URBAN).subject();
        StaffBrowser.Session inspector = signIn("inspector.li");

        as(inspector).when().get("/staff/")
                .then().statusCode(Status.OK.getStatusCode())
                .body(containsString("<select id=\"department\" name=\"department\">"),
                        containsString("<option value=\"urban-management\""));
        as(inspector).queryParam("department", URBAN).queryParam("q", trackingNumber(caseId)).when().get("/staff/")
                .then().statusCode(Status.OK.getStatusCode())
                .body(containsString(trackingNumber(caseId)),
                        not(containsString("/claim\"")), not(containsString("/resolve\"")),
                        not(containsString("<textarea")));
        as(inspector).when().get("/staff/cases/{id}", caseId)
                .then().statusCode(Status.OK.getStatusCode())
                .body(containsString("138****5678"), not(containsString("13812345678")), not(containsString("/claim\"")));

        formFrom(inspector, inspector.csrfToken()).when().post("/staff/cases/{id}/claim", caseId)
                .then().statusCode(Status.FORBIDDEN.getStatusCode()).contentType(ContentType.HTML)
                .body(containsString("无权操作"));
        assertCase(caseId).body("status", equalTo("QUEUED"));
    }

    @Test
    void operatorsAndAdministratorsHaveNoWorkbench() {
        for (String username : new String[] { "operator.chen", "admin.zhou" }) {
            StaffBrowser.Session session = signInWithoutWorkbench(username);
            as(session).when().get("/staff/")
                    .then().statusCode(Status.FORBIDDEN.getStatusCode()).contentType(ContentType.HTML)
                    .body(containsString("无权操作"), containsString("action=\"/staff/sign-out\""));
        }
    }

    @Test
    void hostileResidentTextIsShownEscaped() {
        String caseId = routedCases.queued(URBAN, "<script>alert('title')</script>",
                "<img src=x onerror=alert(1)> & \"quotes\"").subject();
        StaffBrowser.Session session = signIn("handler.urban");

        as(session).queryParam("q", trackingNumber(caseId)).when().get("/staff/")
                .then().statusCode(Status.OK.getStatusCode())
                .body(containsString("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;"),
                        not(containsString("<script>")));
        as(session).when().get("/staff/cases/{id}", caseId)
                .then().statusCode(Status.OK.getStatusCode())
                .body(containsString("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;"),
                        not(containsString("<img")), not(containsString("<script>")));
    }

    @Test
    void theOutcomeMessageShowsOnlyWhatTheWorkbenchWrote() {
        StaffBrowser.Session session = signIn("handler.urban");
        as(session).queryParam("outcome", "claimed").queryParam("case", "<b>GR-2026-00000001</b>").when().get("/staff/")
                .then().statusCode(Status.OK.getStatusCode())
                .body(not(containsString("role=\"status\"")), not(containsString("&lt;b&gt;")));
        as(session).queryParam("outcome", "you-won").queryParam("case", "GR-2026-00000001").when().get("/staff/")
                .then().statusCode(Status.OK.getStatusCode()).body(not(containsString("role=\"status\"")));
    }

    private static StaffBrowser.Session signInWithoutWorkbench(String username) {
        StaffBrowser.SignInForm form = StaffBrowser.openSignIn();
        String cookie = StaffBrowser.submitSignIn(form, username, org.civicgrievance.infra.test.TestTokenEndpoint.PASSWORD)
                .then().statusCode(Status.SEE_OTHER.getStatusCode()).extract().cookie(SESSION_COOKIE);
        return new StaffBrowser.Session(cookie, org.civicgrievance.platform.security.web.CsrfTokens.forSession(cookie));
    }

    private static String trackingNumber(String caseId) {
        JsonPath view = given().auth().oauth2(INSPECTOR).when().get("/api/cases/{id}", caseId)
                .then().statusCode(Status.OK.getStatusCode())
                .body("trackingNumber", matchesPattern("GR-\\d{4}-\\d{8}"))
                .extract().jsonPath();
        return view.getString("trackingNumber");
    }

    private static io.restassured.response.ValidatableResponse assertCase(String caseId) {
        return given().auth().oauth2(INSPECTOR).when().get("/api/cases/{id}", caseId)
                .then().statusCode(Status.OK.getStatusCode());
    }
}
