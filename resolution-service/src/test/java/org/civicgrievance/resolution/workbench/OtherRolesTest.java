package org.civicgrievance.resolution.workbench;

import static org.civicgrievance.infra.test.StaffBrowser.as;
import static org.civicgrievance.infra.test.StaffBrowser.openSignIn;
import static org.civicgrievance.infra.test.StaffBrowser.signIn;
import static org.civicgrievance.infra.test.StaffBrowser.submitSignIn;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Response.Status;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.civicgrievance.infra.test.StaffBrowser;
import org.civicgrievance.infra.test.TestTokenEndpoint;
import org.junit.jupiter.api.Test;

/**
 * Every staff page links the services' staff pages (here the dispatch desk the test profile
 * configures), and a member whose work is not on this workbench (a dispatcher) is told where it is
 * instead of being sent back to a home that refuses them again.
 */
@QuarkusTest
class OtherRolesTest {

    /** The test profile's grievance.staff-web.desk-url. */
    private static final String DESK = "http://desk.example.test/staff/";

    @Test
    void aDispatcherWhoSignsInHereIsToldWhereTheDeskIsNotSentRound() {
        Response signedIn = submitSignIn(openSignIn(), "operator.chen", TestTokenEndpoint.PASSWORD);
        signedIn.then().statusCode(Status.SEE_OTHER.getStatusCode()).header("Location", "/staff/");
        String page = StaffBrowser.browser().cookie(StaffBrowser.SESSION_COOKIE, signedIn.cookie(StaffBrowser.SESSION_COOKIE))
                .get("/staff/").then().statusCode(Status.FORBIDDEN.getStatusCode()).extract().asString();

        assertTrue(page.contains("调度员和管理员请使用分派台"), page);
        assertTrue(page.contains("<a href=\"" + DESK + "\">分派台</a>"), "the desk is linked: " + page);
        assertFalse(page.contains("返回工作台"), "no link back to the page that refused: " + page);
    }

    @Test
    void theWorkbenchLinksTheDeskInThePagesLanguage() {
        StaffBrowser.Session handler = signIn("handler.urban");
        String chinese = as(handler).get("/staff/").then().statusCode(Status.OK.getStatusCode()).extract().asString();
        assertTrue(chinese.contains("<a href=\"" + DESK + "\">分派台</a>"), chinese);
        String english = as(handler).queryParam("lang", "en").get("/staff/").then().extract().asString();
        assertTrue(english.contains("<a href=\"" + DESK + "?lang=en\">Dispatch desk</a>"), english);
    }
}
