package org.civicgrievance.resolution.workbench;

import static org.civicgrievance.infra.test.StaffBrowser.formFrom;
import static org.civicgrievance.infra.test.StaffBrowser.openSignIn;
import static org.civicgrievance.infra.test.StaffBrowser.submitSignIn;
import static org.civicgrievance.resolution.workbench.SignInTest.hasAttribute;
import static org.civicgrievance.resolution.workbench.SignInTest.setCookie;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import jakarta.ws.rs.core.Response.Status;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

import org.civicgrievance.infra.test.TestTokenEndpoint;
import org.civicgrievance.platform.security.web.CsrfTokens;
import org.civicgrievance.infra.test.StaffBrowser;
import org.junit.jupiter.api.Test;

/**
 * With {@code grievance.staff-web.secure-cookie=true} (the prod profile's default, for services behind
 * a TLS-terminating proxy) every staff cookie is Secure, even on this plain-HTTP test server.
 */
@QuarkusTest
@TestProfile(SecureCookieTest.SecureCookies.class)
class SecureCookieTest {

    public static class SecureCookies implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("grievance.staff-web.secure-cookie", "true");
        }
    }

    @Test
    void everyStaffCookieIsSecure() {
        StaffBrowser.SignInForm form = openSignIn();
        Response formPage = StaffBrowser.browser().when().get("/staff/sign-in");
        assertTrue(hasAttribute(setCookie(formPage, StaffBrowser.SIGN_IN_COOKIE), "Secure"));

        Response signedIn = submitSignIn(form, "handler.urban", TestTokenEndpoint.PASSWORD);
        signedIn.then().statusCode(Status.SEE_OTHER.getStatusCode());
        String session = setCookie(signedIn, StaffBrowser.SESSION_COOKIE);
        assertTrue(hasAttribute(session, "Secure") && hasAttribute(session, "HttpOnly")
                && hasAttribute(session, "SameSite=Strict"), session);

        String cookie = signedIn.cookie(StaffBrowser.SESSION_COOKIE);
        StaffBrowser.Session browser = new StaffBrowser.Session(cookie, CsrfTokens.forSession(cookie));
        Response signedOut = formFrom(browser, browser.csrfToken()).when().post("/staff/sign-out");
        signedOut.then().statusCode(Status.SEE_OTHER.getStatusCode());
        assertTrue(hasAttribute(setCookie(signedOut, StaffBrowser.SESSION_COOKIE), "Secure"));
    }
}
