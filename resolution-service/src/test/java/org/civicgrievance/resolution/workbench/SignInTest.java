package org.civicgrievance.resolution.workbench;

import static org.civicgrievance.infra.test.StaffBrowser.SESSION_COOKIE;
import static org.civicgrievance.infra.test.StaffBrowser.SIGN_IN_COOKIE;
import static org.civicgrievance.infra.test.StaffBrowser.as;
import static org.civicgrievance.infra.test.StaffBrowser.browser;
import static org.civicgrievance.infra.test.StaffBrowser.formFrom;
import static org.civicgrievance.infra.test.StaffBrowser.openSignIn;
import static org.civicgrievance.infra.test.StaffBrowser.signIn;
import static org.civicgrievance.infra.test.StaffBrowser.submitSignIn;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.Response.Status;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import org.civicgrievance.infra.test.TestTokenEndpoint;
import org.civicgrievance.infra.test.StaffBrowser;
import org.junit.jupiter.api.Test;

/** The staff sign-in form, its session cookie and signing out, against a token endpoint that answers like the real one. */
@QuarkusTest
class SignInTest {

    private static final String HANDLER = "handler.urban";
    private static final Pattern MAX_AGE = Pattern.compile("Max-Age=(\\d+)");

    @Test
    void theFormIsInChineseByDefaultAndInEnglishOnRequest() {
        browser().when().get("/staff/sign-in")
                .then().statusCode(Status.OK.getStatusCode())
                .contentType(ContentType.HTML)
                .body(containsString("<html lang=\"zh-CN\">"),
                        containsString("<label for=\"username\">用户名</label>"),
                        containsString("<label for=\"password\">密码</label>"),
                        containsString("id=\"username\" name=\"username\""),
                        containsString("autocomplete=\"current-password\""),
                        containsString("<a href=\"/staff/sign-in?lang=en\" lang=\"en\" hreflang=\"en\">English</a>"),
                        containsString("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"),
                        // works without JavaScript and loads nothing from elsewhere
                        not(containsString("<script")), not(containsString("http://")), not(containsString("https://")));

        browser().queryParam("lang", "en").when().get("/staff/sign-in")
                .then().statusCode(Status.OK.getStatusCode())
                .body(containsString("<html lang=\"en\">"),
                        containsString("<label for=\"username\">Username</label>"),
                        containsString("<label for=\"password\">Password</label>"),
                        containsString("<input type=\"hidden\" name=\"lang\" value=\"en\">"),
                        containsString("<a href=\"/staff/sign-in\" lang=\"zh-CN\" hreflang=\"zh-CN\">中文</a>"));
    }

    @Test
    void theFormsCsrfValueIsInAShortLivedStrictHttpOnlyCookieAndTheHiddenField() {
        Response form = browser().when().get("/staff/sign-in");
        String setCookie = setCookie(form, SIGN_IN_COOKIE);
        assertTrue(hasAttribute(setCookie, "HttpOnly") && hasAttribute(setCookie, "SameSite=Strict")
                && hasAttribute(setCookie, "Path=/staff/sign-in"), setCookie);
        assertEquals(1800, maxAge(setCookie));
        assertEquals(form.cookie(SIGN_IN_COOKIE), StaffBrowser.csrfTokenOf(form.asString()));
    }

    @Test
    void signingInSetsTheSessionCookieAndRedirectsToTheWorkbench() {
        Response signedIn = submitSignIn(openSignIn(), HANDLER, TestTokenEndpoint.PASSWORD);

        signedIn.then().statusCode(Status.SEE_OTHER.getStatusCode()).header("Location", "/staff/");
        String session = setCookie(signedIn, SESSION_COOKIE);
        assertTrue(session.startsWith(SESSION_COOKIE + "=ey"), session);
        assertTrue(hasAttribute(session, "HttpOnly") && hasAttribute(session, "SameSite=Strict")
                && hasAttribute(session, "Path=/"), session);
        long maxAge = maxAge(session);
        assertTrue(maxAge > TestTokenEndpoint.TOKEN_LIFETIME.toSeconds() - 60
                && maxAge <= TestTokenEndpoint.TOKEN_LIFETIME.toSeconds(), "Max-Age follows expires_in: " + session);
        // plain HTTP, no proxy configured, secure-cookie off in tests: not Secure
        assertFalse(hasAttribute(session, "Secure"), session);
        assertEquals(0, maxAge(setCookie(signedIn, SIGN_IN_COOKIE)), "the sign-in form's cookie is cleared");

        browser().cookie(SESSION_COOKIE, signedIn.cookie(SESSION_COOKIE)).when().get("/staff/")
                .then().statusCode(Status.OK.getStatusCode()).body(containsString("handler.urban"));
    }

    @Test
    void anEnglishSignInLeadsToTheEnglishWorkbench() {
        StaffBrowser.SignInForm form = openSignIn();
        browser().cookie(SIGN_IN_COOKIE, form.cookie())
                .contentType(ContentType.URLENC.withCharset(StandardCharsets.UTF_8))
                .formParam("username", HANDLER).formParam("password", TestTokenEndpoint.PASSWORD)
                .formParam("csrf_token", form.csrfToken()).formParam("lang", "en")
                .when().post("/staff/sign-in")
                .then().statusCode(Status.SEE_OTHER.getStatusCode()).header("Location", "/staff/?lang=en");
    }

    @Test
    void aForwardedProtoHeaderIsNotTrustedUnlessQuarkusIsToldAboutTheProxy() {
        StaffBrowser.SignInForm form = openSignIn();
        Response signedIn = browser().header("X-Forwarded-Proto", "https")
                .cookie(SIGN_IN_COOKIE, form.cookie())
                .contentType(ContentType.URLENC.withCharset(StandardCharsets.UTF_8))
                .formParam("username", HANDLER).formParam("password", TestTokenEndpoint.PASSWORD)
                .formParam("csrf_token", form.csrfToken())
                .when().post("/staff/sign-in");
        signedIn.then().statusCode(Status.SEE_OTHER.getStatusCode());
        assertFalse(hasAttribute(setCookie(signedIn, SESSION_COOKIE), "Secure"));
    }

    @Test
    void wrongCredentialsGetOneGenericMessageAndNoCookie() {
        StaffBrowser.SignInForm form = openSignIn();
        Response wrongPassword = submitSignIn(form, HANDLER, "not-the-password");
        Response unknownUser = submitSignIn(form, "nobody.here", TestTokenEndpoint.PASSWORD);

        wrongPassword.then().statusCode(Status.UNAUTHORIZED.getStatusCode())
                .contentType(ContentType.HTML)
                .body(containsString("<p class=\"alert\" id=\"form-error\" role=\"alert\">用户名或密码不正确。</p>"),
                        containsString("value=\"handler.urban\""),
                        containsString("aria-describedby=\"form-error\" aria-invalid=\"true\""),
                        not(containsString("not-the-password")));
        unknownUser.then().statusCode(Status.UNAUTHORIZED.getStatusCode())
                .body(containsString("用户名或密码不正确。"), not(containsString(TestTokenEndpoint.PASSWORD)));
        assertEquals(wrongPassword.asString().replace(HANDLER, "?"), unknownUser.asString().replace("nobody.here", "?"),
                "a wrong password and an unknown user look the same");
        for (Response refused : List.of(wrongPassword, unknownUser)) {
            assertTrue(refused.headers().getValues("Set-Cookie").stream().noneMatch(c -> c.startsWith(SESSION_COOKIE + "=")));
        }
    }

    @Test
    void missingFieldsAreNamedAtTheFieldConcerned() {
        StaffBrowser.SignInForm form = openSignIn();
        submitSignIn(form, "", "")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body(containsString("aria-describedby=\"username-error\" aria-invalid=\"true\""),
                        containsString("<p class=\"field-error\" id=\"username-error\">请输入用户名。</p>"),
                        containsString("aria-describedby=\"password-error\" aria-invalid=\"true\""),
                        containsString("<p class=\"field-error\" id=\"password-error\">请输入密码。</p>"));
        submitSignIn(form, HANDLER, "")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body(not(containsString("id=\"username-error\"")), containsString("id=\"password-error\""),
                        containsString("value=\"handler.urban\""));
    }

    @Test
    void throttlingAtTheIdentityProviderHasItsOwnMessage() {
        submitSignIn(openSignIn(), TestTokenEndpoint.THROTTLED, "whatever")
                .then().statusCode(429)
                .header("Retry-After", "120")
                .body(containsString("登录失败次数过多，请在 2 分钟后再试。"), not(containsString("用户名或密码不正确")));
    }

    @Test
    void theSignInPostNeedsTheFormsOwnCsrfValue() {
        StaffBrowser.SignInForm form = openSignIn();
        StaffBrowser.SignInForm noCookie = new StaffBrowser.SignInForm(null, form.csrfToken());
        StaffBrowser.SignInForm otherField = new StaffBrowser.SignInForm(form.cookie(), openSignIn().csrfToken());
        StaffBrowser.SignInForm noField = new StaffBrowser.SignInForm(form.cookie(), "");

        for (StaffBrowser.SignInForm forged : List.of(noCookie, otherField, noField)) {
            Response refused = forged.cookie() == null
                    ? browser().contentType(ContentType.URLENC).formParam("username", HANDLER)
                            .formParam("password", TestTokenEndpoint.PASSWORD).formParam("csrf_token", forged.csrfToken())
                            .when().post("/staff/sign-in")
                    : submitSignIn(forged, HANDLER, TestTokenEndpoint.PASSWORD);
            refused.then().statusCode(Status.FORBIDDEN.getStatusCode())
                    .body(containsString("登录页面已过期"));
            assertTrue(refused.headers().getValues("Set-Cookie").stream().noneMatch(c -> c.startsWith(SESSION_COOKIE + "=")));
        }
    }

    @Test
    void signingOutNeedsTheSessionsCsrfTokenAndClearsTheCookie() {
        StaffBrowser.Session session = signIn(HANDLER);

        Response forged = formFrom(session, null).formParam("lang", "zh").when().post("/staff/sign-out");
        forged.then().statusCode(Status.FORBIDDEN.getStatusCode())
                .contentType("application/problem+json")
                .body("type", equalTo("urn:civic-grievance:problem:csrf-token-missing"));
        assertTrue(forged.headers().getValues("Set-Cookie").isEmpty(), "still signed in");

        Response signedOut = formFrom(session, session.csrfToken()).formParam("lang", "en").when().post("/staff/sign-out");
        signedOut.then().statusCode(Status.SEE_OTHER.getStatusCode()).header("Location", "/staff/sign-in?lang=en");
        String cleared = setCookie(signedOut, SESSION_COOKIE);
        assertTrue(cleared.startsWith(SESSION_COOKIE + "=;") && hasAttribute(cleared, "Path=/")
                && hasAttribute(cleared, "HttpOnly") && hasAttribute(cleared, "SameSite=Strict"), cleared);
        assertEquals(0, maxAge(cleared));
    }

    @Test
    void staffPagesCarrySecurityHeaders() {
        for (Response response : List.of(browser().when().get("/staff/sign-in"), browser().when().get("/staff/"),
                as(signIn(HANDLER)).when().get("/staff/"))) {
            response.then()
                    .header("Cache-Control", "no-store")
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Content-Security-Policy", allOf(startsWith("default-src 'self'"),
                            containsString("frame-ancestors 'none'")))
                    .header("Referrer-Policy", "same-origin")
                    .header("X-Frame-Options", "DENY");
        }
        browser().when().get("/staff/assets/staff.css")
                .then().statusCode(Status.OK.getStatusCode()).contentType(containsString("text/css"))
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void theApisKeepTheirHeadersAsTheyWere() {
        browser().when().get("/api/departments/{code}/queue", "urban-management")
                .then().statusCode(Status.UNAUTHORIZED.getStatusCode())
                .header("X-Frame-Options", (String) null)
                .header("Set-Cookie", (String) null);
        assertEquals(List.of(), browser().when().get("/q/health/live").headers().getValues("Content-Security-Policy"));
    }

    static String setCookie(Response response, String name) {
        return response.headers().getValues("Set-Cookie").stream()
                .filter(header -> header.startsWith(name + "="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no Set-Cookie for " + name + " in " + response.headers()));
    }

    /** Cookie attribute names are case-insensitive (RFC 6265 §5.2); Netty writes "HTTPOnly". */
    static boolean hasAttribute(String setCookie, String attribute) {
        for (String part : setCookie.split(";")) {
            String trimmed = part.trim();
            int equals = trimmed.indexOf('=');
            int wanted = attribute.indexOf('=');
            boolean sameName = (equals < 0 ? trimmed : trimmed.substring(0, equals))
                    .equalsIgnoreCase(wanted < 0 ? attribute : attribute.substring(0, wanted));
            if (sameName && (wanted < 0 || trimmed.substring(equals + 1).equals(attribute.substring(wanted + 1)))) {
                return true;
            }
        }
        return false;
    }

    static long maxAge(String setCookie) {
        Matcher matcher = MAX_AGE.matcher(setCookie);
        if (!matcher.find()) {
            throw new AssertionError("no Max-Age in " + setCookie);
        }
        return Long.parseLong(matcher.group(1));
    }
}
