package org.civicgrievance.infra.test;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;


/**
 * What a browser does on the staff pages, through REST Assured: cookies are kept by hand and
 * redirects are never followed, so every test sees each answer as the browser would.
 */
public final class StaffBrowser {

    public static final String SESSION_COOKIE = "grievance_staff";
    public static final String SIGN_IN_COOKIE = "grievance_sign_in";
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf_token\" value=\"([^\"]*)\"");

    private StaffBrowser() {
    }

    /** The sign-in form as served: its cookie and the same value in its hidden field. */
    public record SignInForm(String cookie, String csrfToken) {
    }

    /** A signed-in browser: the session cookie and the CSRF token the pages put in their forms. */
    public record Session(String cookie, String csrfToken) {
    }

    public static SignInForm openSignIn() {
        Response form = browser().when().get("/staff/sign-in");
        form.then().statusCode(200);
        return new SignInForm(form.cookie(SIGN_IN_COOKIE), csrfTokenOf(form.asString()));
    }

    public static Response submitSignIn(SignInForm form, String username, String password) {
        return browser()
                .cookie(SIGN_IN_COOKIE, form.cookie())
                .contentType(ContentType.URLENC.withCharset(StandardCharsets.UTF_8))
                .formParam("username", username)
                .formParam("password", password)
                .formParam("csrf_token", form.csrfToken())
                .when().post("/staff/sign-in");
    }

    /** Signs a {@link TestTokenEndpoint#ACCOUNTS test account} in through the form, then reads the token off the workbench. */
    public static Session signIn(String username) {
        Response signedIn = submitSignIn(openSignIn(), username, TestTokenEndpoint.PASSWORD);
        signedIn.then().statusCode(303);
        String cookie = signedIn.cookie(SESSION_COOKIE);
        String page = browser().cookie(SESSION_COOKIE, cookie).when().get("/staff/").then()
                .statusCode(200).extract().asString();
        return new Session(cookie, csrfTokenOf(page));
    }

    /** Requests as this browser: its session cookie, redirects not followed. */
    public static RequestSpecification as(Session session) {
        return browser().cookie(SESSION_COOKIE, session.cookie());
    }

    /** A form post from one of the pages, carrying {@code csrfToken} (none when null). */
    public static RequestSpecification formFrom(Session session, String csrfToken) {
        RequestSpecification request = as(session).contentType(ContentType.URLENC.withCharset(StandardCharsets.UTF_8));
        return csrfToken == null ? request : request.formParam("csrf_token", csrfToken);
    }

    public static RequestSpecification browser() {
        return given().redirects().follow(false);
    }

    /** The first CSRF token in a page's forms. */
    public static String csrfTokenOf(String html) {
        Matcher matcher = CSRF_FIELD.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no csrf_token field in the page:\n" + html);
        }
        return matcher.group(1);
    }
}
