package org.civicgrievance.resolution.workbench;

import static io.restassured.RestAssured.given;
import static org.civicgrievance.infra.test.StaffBrowser.SESSION_COOKIE;
import static org.civicgrievance.infra.test.StaffBrowser.as;
import static org.civicgrievance.infra.test.StaffBrowser.signIn;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.civicgrievance.infra.test.StaffTokens;
import org.civicgrievance.platform.security.web.CsrfTokens;
import org.civicgrievance.platform.events.CloudEvent;
import org.civicgrievance.resolution.RoutedCases;
import org.civicgrievance.infra.test.StaffBrowser;
import org.junit.jupiter.api.Test;

/**
 * The APIs under the session cookie: smallrye-jwt accepts the cookie as well as the bearer header,
 * and every state-changing request the cookie authenticates needs the session's CSRF token.
 */
@QuarkusTest
class CookieSessionApiTest {

    private static final String URBAN = "urban-management";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String INSPECTOR = StaffTokens.inspector("inspector.test");

    @Inject
    RoutedCases routedCases;

    @Test
    void theSessionCookieReadsTheApisAndItsCsrfTokenIsTheOneThePagesCarry() {
        CloudEvent queued = routedCases.queued(URBAN);
        StaffBrowser.Session session = signIn("handler.urban");

        as(session).queryParam("q", RoutedCases.trackingNumber(queued)).when().get("/api/departments/{code}/queue", URBAN)
                .then().statusCode(Status.OK.getStatusCode()).body("items.caseId", hasItem(queued.subject()));
        assertEquals(CsrfTokens.forSession(session.cookie()), session.csrfToken());
    }

    @Test
    void aCookieAuthenticatedPostNeedsTheCsrfHeader() {
        String caseId = routedCases.queued(URBAN).subject();
        StaffBrowser.Session session = signIn("handler.urban");
        StaffBrowser.Session colleague = signIn("supervisor.urban");

        as(session).when().post("/api/cases/{id}/claim", caseId)
                .then().statusCode(Status.FORBIDDEN.getStatusCode()).contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:civic-grievance:problem:csrf-token-missing"));
        as(session).header("X-CSRF-Token", "forged").when().post("/api/cases/{id}/claim", caseId)
                .then().statusCode(Status.FORBIDDEN.getStatusCode())
                .body("type", equalTo("urn:civic-grievance:problem:csrf-token-invalid"));
        as(session).header("X-CSRF-Token", colleague.csrfToken()).when().post("/api/cases/{id}/claim", caseId)
                .then().statusCode(Status.FORBIDDEN.getStatusCode())
                .body("type", equalTo("urn:civic-grievance:problem:csrf-token-invalid"));
        assertStatus(caseId, "QUEUED");

        as(session).header("X-CSRF-Token", session.csrfToken()).when().post("/api/cases/{id}/claim", caseId)
                .then().statusCode(Status.OK.getStatusCode())
                .body("status", equalTo("CLAIMED")).body("handler", equalTo("handler.urban"));
    }

    @Test
    void aJsonBodyStillReachesTheResourceAfterTheCsrfCheck() {
        String caseId = routedCases.queued(URBAN).subject();
        StaffBrowser.Session session = signIn("handler.urban");
        as(session).header("X-CSRF-Token", session.csrfToken()).when().post("/api/cases/{id}/claim", caseId)
                .then().statusCode(Status.OK.getStatusCode());

        as(session).header("X-CSRF-Token", session.csrfToken())
                .contentType(ContentType.JSON).body(Map.of("outcome", "RESOLVED", "note", "已更换灯泡 💡"))
                .when().post("/api/cases/{id}/resolve", caseId)
                .then().statusCode(Status.OK.getStatusCode())
                .body("status", equalTo("RESOLVED")).body("resolutionNote", equalTo("已更换灯泡 💡"));
    }

    @Test
    void bearerClientsNeedNoCsrfToken() {
        String caseId = routedCases.queued(URBAN).subject();
        given().auth().oauth2(StaffTokens.handler("wang.li", URBAN))
                .when().post("/api/cases/{id}/claim", caseId)
                .then().statusCode(Status.OK.getStatusCode()).body("handler", equalTo("wang.li"));
    }

    /**
     * smallrye-jwt reads the cookie first and looks at the Authorization header only when there is no
     * cookie, so a request carrying both is the cookie's: its identity, and the cookie's CSRF rule.
     */
    @Test
    void whenACookieAndABearerHeaderAreBothSentTheCookieDecides() {
        String caseId = routedCases.queued(URBAN).subject();
        StaffBrowser.Session otherDepartment = signIn("handler.water");
        String urbanBearer = StaffTokens.handler("wang.li", URBAN);

        as(otherDepartment).auth().oauth2(urbanBearer).when().get("/api/cases/{id}", caseId)
                .then().statusCode(Status.NOT_FOUND.getStatusCode());
        as(otherDepartment).auth().oauth2(urbanBearer).when().post("/api/cases/{id}/claim", caseId)
                .then().statusCode(Status.FORBIDDEN.getStatusCode())
                .body("type", equalTo("urn:civic-grievance:problem:csrf-token-missing"));
        assertStatus(caseId, "QUEUED");
    }

    @Test
    void anExpiredOrForgedCookieIsAnApi401NotARedirect() {
        String expired = StaffTokens.staff("handler.urban", URBAN, "handler")
                .expiredAt(Instant.now().minus(1, ChronoUnit.HOURS)).token();
        String forged = StaffTokens.staff("handler.urban", URBAN, "handler").signedByAStranger().token();
        for (String cookie : new String[] { expired, forged, "not.a.token" }) {
            given().cookie(SESSION_COOKIE, cookie).when().get("/api/departments/{code}/queue", URBAN)
                    .then().statusCode(Status.UNAUTHORIZED.getStatusCode()).contentType(PROBLEM_JSON);
        }
    }

    @Test
    void aRequestWithSeveralSessionCookiesIsRefused() {
        String caseId = routedCases.queued(URBAN).subject();
        StaffBrowser.Session session = signIn("handler.urban");
        String planted = StaffTokens.handler("intruder", URBAN);

        given().header("Cookie", SESSION_COOKIE + "=" + planted + "; " + SESSION_COOKIE + "=" + session.cookie())
                .header("X-CSRF-Token", session.csrfToken())
                .when().post("/api/cases/{id}/claim", caseId)
                .then().statusCode(Status.FORBIDDEN.getStatusCode())
                .body("type", equalTo("urn:civic-grievance:problem:csrf-session-ambiguous"));
        assertStatus(caseId, "QUEUED");
    }

    private static void assertStatus(String caseId, String status) {
        given().auth().oauth2(INSPECTOR).when().get("/api/cases/{id}", caseId)
                .then().statusCode(Status.OK.getStatusCode()).body("status", equalTo(status));
    }
}
