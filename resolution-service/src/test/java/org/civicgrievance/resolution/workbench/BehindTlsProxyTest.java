package org.civicgrievance.resolution.workbench;

import static org.civicgrievance.infra.test.StaffBrowser.SIGN_IN_COOKIE;
import static org.civicgrievance.infra.test.StaffBrowser.browser;
import static org.civicgrievance.resolution.workbench.SignInTest.hasAttribute;
import static org.civicgrievance.resolution.workbench.SignInTest.setCookie;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.ws.rs.core.Response.Status;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import org.civicgrievance.infra.test.TestTokenEndpoint;
import org.civicgrievance.infra.test.StaffBrowser;
import org.junit.jupiter.api.Test;

/**
 * With Quarkus told about a TLS-terminating proxy (proxy address forwarding with X-Forwarded-*),
 * a request the proxy marks {@code X-Forwarded-Proto: https} counts as TLS and gets Secure cookies,
 * while secure-cookie itself stays off.
 */
@QuarkusTest
@TestProfile(BehindTlsProxyTest.BehindTlsProxy.class)
class BehindTlsProxyTest {

    public static class BehindTlsProxy implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true");
        }
    }

    @Test
    void cookiesAreSecureExactlyWhenTheProxySaysTheRequestWasHttps() {
        assertTrue(hasAttribute(setCookie(signIn("https"), StaffBrowser.SESSION_COOKIE), "Secure"));
        assertFalse(hasAttribute(setCookie(signIn("http"), StaffBrowser.SESSION_COOKIE), "Secure"));
    }

    private static Response signIn(String forwardedProto) {
        StaffBrowser.SignInForm form = StaffBrowser.openSignIn();
        Response signedIn = browser().header("X-Forwarded-Proto", forwardedProto)
                .cookie(SIGN_IN_COOKIE, form.cookie())
                .contentType(ContentType.URLENC.withCharset(StandardCharsets.UTF_8))
                .formParam("username", "handler.urban").formParam("password", TestTokenEndpoint.PASSWORD)
                .formParam("csrf_token", form.csrfToken())
                .when().post("/staff/sign-in");
        signedIn.then().statusCode(Status.SEE_OTHER.getStatusCode());
        return signedIn;
    }
}
