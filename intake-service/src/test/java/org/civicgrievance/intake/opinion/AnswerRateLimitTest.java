package org.civicgrievance.intake.opinion;

import static io.restassured.RestAssured.given;
import static org.civicgrievance.intake.opinion.OpinionForms.CASE_FIELDS;
import static org.civicgrievance.intake.opinion.OpinionForms.VALID_ANSWERS;
import static org.civicgrievance.intake.opinion.OpinionForms.answer;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import jakarta.ws.rs.core.Response.Status;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import org.civicgrievance.infra.test.StaffTokens;
import org.civicgrievance.intake.TightLimits;
import org.junit.jupiter.api.Test;

/**
 * Answers are limited per client like submissions (the profile allows a burst of 3, then one a
 * minute), and so is a respondent's turning an answer into a case; staff are not limited.
 */
@QuarkusTest
@TestProfile(TightLimits.class)
class AnswerRateLimitTest {

    @Test
    void aClientAnsweringOverAndOverIsSlowedDown() {
        String formId = OpinionForms.openForm();
        ExtractableResponse<Response> first = answer(formId, VALID_ANSWERS).statusCode(Status.CREATED.getStatusCode()).extract();
        answer(formId, VALID_ANSWERS).statusCode(Status.CREATED.getStatusCode());
        answer(formId, VALID_ANSWERS).statusCode(Status.CREATED.getStatusCode());

        answer(formId, VALID_ANSWERS)
                .statusCode(Status.TOO_MANY_REQUESTS.getStatusCode())
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("status", equalTo(429));
        given().header("X-Answer-Code", first.<String>path("answerCode")).contentType(ContentType.JSON).body(CASE_FIELDS)
                .when().post("/api/opinion-forms/{formId}/answers/{answerId}/case", formId, first.<String>path("answerId"))
                .then().statusCode(Status.TOO_MANY_REQUESTS.getStatusCode());

        given().auth().oauth2(StaffTokens.operator("chen.jing")).contentType(ContentType.JSON).body(CASE_FIELDS)
                .when().post("/api/opinion-forms/{formId}/answers/{answerId}/case", formId, first.<String>path("answerId"))
                .then().statusCode(Status.CREATED.getStatusCode());
    }
}
