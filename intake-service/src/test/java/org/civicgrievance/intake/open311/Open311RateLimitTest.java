package org.civicgrievance.intake.open311;

import static io.restassured.RestAssured.given;
import static org.civicgrievance.intake.open311.Open311Api.streetLight;
import static org.civicgrievance.intake.open311.Open311Api.submit;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.UUID;

import jakarta.ws.rs.core.Response.Status;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import org.civicgrievance.intake.TightLimits;
import org.junit.jupiter.api.Test;

/** Submissions are limited per API key, public queries per address; refusals are Open311 errors with Retry-After. */
@QuarkusTest
@TestProfile(TightLimits.class)
class Open311RateLimitTest {

    @Test
    void aKeyThatKeepsSubmittingIsSlowedDown() {
        for (int i = 0; i < 2; i++) {
            submit("json", streetLight("限流 " + UUID.randomUUID())).statusCode(Status.OK.getStatusCode());
        }
        submit("xml", streetLight("限流 " + UUID.randomUUID())).statusCode(Status.TOO_MANY_REQUESTS.getStatusCode())
                .header("Retry-After", notNullValue())
                .body("errors.error.code", equalTo("429"))
                .body("errors.error.description", startsWith("Too many open311-submission requests"));
    }

    @Test
    void aClientThatKeepsQueryingIsSlowedDown() {
        int refused = 0;
        for (int i = 0; i < 7; i++) {
            int status = given().when().get("/open311/v2/requests.json").then().extract().statusCode();
            if (status == Status.TOO_MANY_REQUESTS.getStatusCode()) {
                refused++;
            }
        }
        org.junit.jupiter.api.Assertions.assertEquals(2, refused, "5 queries pass, the next 2 are refused");
        given().when().get("/open311/v2/requests.json").then()
                .statusCode(Status.TOO_MANY_REQUESTS.getStatusCode())
                .body("code", contains(429));
    }
}
