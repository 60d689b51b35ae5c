package org.civicgrievance.launcher;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.builder.RequestSpecBuilder;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The system under test and requests to it: one launcher per test class, REST Assured requests to
 * its services (looked up per request: a restarted service keeps its port) and staff sign-in.
 */
final class ServiceRequests {

    /** The password of every seeded local staff account (deploy/local/identity-provider's README). */
    static final String LOCAL_PASSWORD = "civic-local-2026";
    static final String SESSION_COOKIE = "grievance_staff";
    static final String SIGN_IN_COOKIE = "grievance_sign_in";
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf_token\" value=\"([^\"]*)\"");

    private ServiceRequests() {
    }

    /**
     * Starts the whole system for one test class: free ports and a folder of its own under target,
     * so a launcher already running on the default ports is not disturbed.
     */
    static LocalLauncher startSystem(String workDirName) {
        Path repoRoot = Path.of(System.getProperty("civicgrievance.repo.root", "../../.."));
        LauncherSettings settings = LauncherSettings.fromEnvironment(repoRoot, Map.of())
                .withWorkDir(Path.of("target", workDirName))
                .withFreePorts();
        LocalLauncher launcher = new LocalLauncher(settings);
        launcher.start();
        System.out.print(launcher.summary());
        return launcher;
    }

    /** Signs a seeded staff account in at the local identity provider and returns its bearer token. */
    static String signIn(LocalLauncher launcher, String username) {
        return given()
                .baseUri(launcher.baseUri(GrievanceService.IDENTITY).toString())
                .contentType(ContentType.URLENC.withCharset(StandardCharsets.UTF_8))
                .formParam("grant_type", "password")
                .formParam("username", username)
                .formParam("password", LOCAL_PASSWORD)
                .post("/token")
                .then()
                .statusCode(200)
                .extract().path("access_token");
    }

    /**
     * Signs a seeded staff account in on {@code service}'s staff sign-in page, as a browser would
     * (the form's own cookie and CSRF field), and returns the session cookie's value.
     */
    static String signInOnStaffPage(LocalLauncher launcher, GrievanceService service, String username) {
        RequestSpecification browser = new RequestSpecBuilder().setBaseUri(launcher.baseUri(service).toString()).build();
        Response form = given(browser).redirects().follow(false).get("/staff/sign-in");
        form.then().statusCode(200);
        Response signedIn = given(browser).redirects().follow(false)
                .cookie(SIGN_IN_COOKIE, form.cookie(SIGN_IN_COOKIE))
                .contentType(ContentType.URLENC.withCharset(StandardCharsets.UTF_8))
                .formParam("username", username)
                .formParam("password", LOCAL_PASSWORD)
                .formParam("csrf_token", csrfTokenOf(form.asString()))
                .post("/staff/sign-in");
        signedIn.then().statusCode(303).header("Location", "/staff/");
        String session = signedIn.headers().getValues("Set-Cookie").stream()
                .filter(header -> header.startsWith(SESSION_COOKIE + "="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + signedIn.headers()));
        // the launcher runs plain HTTP and says so (GRIEVANCE_STAFF_WEB_SECURE_COOKIE=false), overriding prod's default
        String attributes = session.toLowerCase(Locale.ROOT);
        if (!attributes.contains("httponly") || attributes.matches(".*;\\s*secure(;.*|$)")) {
            throw new AssertionError("expected an HttpOnly cookie without Secure over plain HTTP: " + session);
        }
        return signedIn.cookie(SESSION_COOKIE);
    }

    /** Requests to {@code service}'s staff pages with a session cookie, redirects not followed. */
    static RequestSpecification staffPages(LocalLauncher launcher, GrievanceService service, String sessionCookie) {
        return new RequestSpecBuilder()
                .setBaseUri(launcher.baseUri(service).toString())
                .addCookie(SESSION_COOKIE, sessionCookie)
                // a spec's own redirects().follow(false) is not carried over by given(spec); its config is
                .setConfig(RestAssuredConfig.config().redirect(RedirectConfig.redirectConfig().followRedirects(false)))
                .build();
    }

    /** The first CSRF token in a page's forms. */
    static String csrfTokenOf(String html) {
        Matcher matcher = CSRF_FIELD.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no csrf_token field in the page:\n" + html);
        }
        return matcher.group(1);
    }

    /** JSON requests to {@code service} on behalf of a staff member. */
    static RequestSpecification asStaff(LocalLauncher launcher, GrievanceService service, String token) {
        return new RequestSpecBuilder()
                .addRequestSpecification(json(launcher, service))
                .addHeader("Authorization", "Bearer " + token)
                .build();
    }

    /** JSON in, JSON out, as the services' APIs speak. */
    static RequestSpecification json(LocalLauncher launcher, GrievanceService service) {
        return new RequestSpecBuilder()
                .setBaseUri(launcher.baseUri(service).toString())
                .setContentType(ContentType.JSON.withCharset(StandardCharsets.UTF_8))
                .setAccept(ContentType.JSON)
                .build();
    }

    /** No content type or Accept header, for the text endpoints such as Prometheus metrics. */
    static RequestSpecification plain(LocalLauncher launcher, GrievanceService service) {
        return new RequestSpecBuilder()
                .setBaseUri(launcher.baseUri(service).toString())
                .build();
    }
}
