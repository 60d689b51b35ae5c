package org.civicgrievance.intake.grievance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Response.Status;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import org.civicgrievance.intake.Submissions;
import org.civicgrievance.intake.TightLimits;
import org.junit.jupiter.api.Test;

/**
 * A client that keeps guessing or submitting is slowed down with 429. The profile refills one
 * request a minute, so the counts below hold however slowly the test runs.
 */
@QuarkusTest
@TestProfile(TightLimits.class)
class PublicRateLimitTest {

    @Test
    void guessingAccessCodesIsStoppedAfterTheBurst() {
        int refused = 0;
        Response last = null;
        for (int attempt = 0; attempt < 25; attempt++) {
            last = given().header("X-Access-Code", "WRONG%05d".formatted(attempt))
                    .when().get("/api/cases/{trackingNumber}", "GR-2026-00000001");
            if (last.statusCode() == Status.TOO_MANY_REQUESTS.getStatusCode()) {
                refused++;
            } else {
                assertEquals(Status.NOT_FOUND.getStatusCode(), last.statusCode());
            }
        }
        assertEquals(5, refused, "20 guesses pass, the next 5 are refused");
        assertEquals("application/problem+json", last.contentType());
        long retryAfter = Long.parseLong(last.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "a token comes back within a minute: " + retryAfter);
    }

    @Test
    void submissionsAreLimitedToo() {
        for (int i = 0; i < 3; i++) {
            given().contentType(ContentType.JSON).body(Submissions.STREET_LIGHT).when().post("/api/cases")
                    .then().statusCode(Status.CREATED.getStatusCode());
        }
        given().contentType(ContentType.JSON).body(Submissions.STREET_LIGHT).when().post("/api/cases")
                .then().statusCode(Status.TOO_MANY_REQUESTS.getStatusCode())
                .body("status", equalTo(429));
    }
}
