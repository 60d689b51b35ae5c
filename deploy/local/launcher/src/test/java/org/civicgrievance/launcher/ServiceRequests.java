package org.civicgrievance.launcher;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The system under test and requests to it: one launcher per test class, REST Assured requests to
 * its services (looked up per request: a restarted service keeps its port) and staff sign-in.
 */
final class ServiceRequests {

    /** The password of every seeded local staff account (deploy/local/identity-provider's README). */
    static final String LOCAL_PASSWORD = "civic-local-2026";

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
