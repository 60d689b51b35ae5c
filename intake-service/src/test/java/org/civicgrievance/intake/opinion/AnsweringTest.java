package org.civicgrievance.intake.opinion;

import static io.restassured.RestAssured.given;
import static org.civicgrievance.intake.opinion.OpinionForms.VALID_ANSWERS;
import static org.civicgrievance.intake.opinion.OpinionForms.admin;
import static org.civicgrievance.intake.opinion.OpinionForms.answer;
import static org.civicgrievance.intake.opinion.OpinionForms.answered;
import static org.civicgrievance.intake.opinion.OpinionForms.close;
import static org.civicgrievance.intake.opinion.OpinionForms.draft;
import static org.civicgrievance.intake.opinion.OpinionForms.openForm;
import static org.civicgrievance.intake.opinion.OpinionForms.openPeriod;
import static org.civicgrievance.intake.opinion.OpinionForms.publish;
import static org.civicgrievance.intake.opinion.OpinionForms.standardForm;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Anyone answers an open form; every wrong answer is named; closed, draft and upcoming forms refuse. */
@QuarkusTest
class AnsweringTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    AnswerRepository answers;

    @Inject
    ObjectMapper mapper;

    @Test
    void aRespondentAnswersAndGetsAnAnswerCodeOnce() {
        String formId = openForm();
        ExtractableResponse<Response> receipt = answer(formId, VALID_ANSWERS)
                .statusCode(Status.CREATED.getStatusCode())
                .contentType(ContentType.JSON)
                .header("Location", matchesPattern(".*/api/opinion-forms/" + formId + "/answers/[0-9a-f-]{36}"))
                .body("formId", equalTo(formId))
                .body("answerId", matchesPattern("[0-9a-f-]{36}"))
                .body("answerCode", matchesPattern("[2-9A-HJKMNP-Z]{10}"))
                .body("submittedAt", notNullValue())
                .extract();

        given().header("X-Answer-Code", receipt.<String>path("answerCode"))
                .when().get("/api/opinion-forms/{formId}/answers/{answerId}", formId, receipt.<String>path("answerId"))
                .then().log().ifValidationFails()
                .statusCode(Status.OK.getStatusCode())
                .body("answers.q1", equalTo("o3"))
                .body("answers.q2", contains("o4", "o6"))
                .body("answers.q3", equalTo(2))
                .body("answers.q4", equalTo("幸福小区"))
                .body("caseTrackingNumber", nullValue())
                .body("answerCode", nullValue());
    }

    @Test
    void onlyTheRequiredQuestionsMustBeAnswered() {
        String formId = openForm();
        ExtractableResponse<Response> receipt = answered(formId, """
                {"q1":"o1","q2":[],"q3":5,"q4":"  ","q5":null}""");
        given().header("X-Answer-Code", receipt.<String>path("answerCode"))
                .when().get("/api/opinion-forms/{formId}/answers/{answerId}", formId, receipt.<String>path("answerId"))
                .then().statusCode(Status.OK.getStatusCode())
                .body("answers.keySet()", org.hamcrest.Matchers.containsInAnyOrder("q1", "q3"));
    }

    @Test
    void aWrongCodeOrAnotherFormRevealsNoAnswer() {
        String formId = openForm();
        ExtractableResponse<Response> receipt = answered(formId, VALID_ANSWERS);
        String answerId = receipt.path("answerId");

        given().header("X-Answer-Code", "WRONGCODE2")
                .when().get("/api/opinion-forms/{formId}/answers/{answerId}", formId, answerId)
                .then().statusCode(Status.NOT_FOUND.getStatusCode()).contentType(PROBLEM_JSON);
        given().header("X-Answer-Code", receipt.<String>path("answerCode"))
                .when().get("/api/opinion-forms/{formId}/answers/{answerId}", openForm(), answerId)
                .then().statusCode(Status.NOT_FOUND.getStatusCode());
        given().when().get("/api/opinion-forms/{formId}/answers/{answerId}", formId, answerId)
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("errors.field", contains("X-Answer-Code"));
    }

    @Test
    void everyWrongAnswerIsNamedAndNothingIsStored() {
        String formId = openForm();
        answer(formId, """
                {"q2":["o4","o1","o4"],"q3":4.5,"q4":12,"q9":"hello"}""")
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(PROBLEM_JSON)
                .body("title", equalTo("The request has invalid fields"))
                .body("errors.field", contains("answers[q1]", "answers[q2]", "answers[q3]", "answers[q4]", "answers[q9]"))
                .body("errors.message", contains("is required", "o1 is not an option of this question",
                        "must be a whole number from 1 to 5", "must be text", "is not a question of this form"));

        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> answers.count("formId", formId)));
    }

    @Test
    void eachKindOfWrongAnswerIsNamedWithItsQuestion() {
        String formId = openForm();
        String[][] cases = {
                { "{\"q1\":[\"o1\",\"o2\"],\"q3\":3}", "answers[q1]" },      // single choice takes exactly one
                { "{\"q1\":\"o4\",\"q3\":3}", "answers[q1]" },               // an option of another question
                { "{\"q1\":\"o1\",\"q2\":[\"o5\",\"o5\"],\"q3\":3}", "answers[q2]" },
                { "{\"q1\":\"o1\",\"q3\":0}", "answers[q3]" },
                { "{\"q1\":\"o1\",\"q3\":6}", "answers[q3]" },
                { "{\"q1\":\"o1\",\"q3\":\"5\"}", "answers[q3]" },
                { "{\"q1\":\"o1\"}", "answers[q3]" },
                { "{\"q1\":\"o1\",\"q3\":3,\"q4\":\"%s\"}".formatted("长".repeat(200) + "🚨"), "answers[q4]" },
                { "{\"q1\":\"o1\",\"q3\":3,\"q5\":\"%s\"}".formatted("长".repeat(4999) + "🚨🚨"), "answers[q5]" },
                { "{\"q1\":\"o1\",\"q3\":3,\"q5\":\"\\ud83d alone\"}", "answers[q5]" },
        };
        for (String[] wrong : cases) {
            answer(formId, wrong[0])
                    .statusCode(Status.BAD_REQUEST.getStatusCode())
                    .contentType(PROBLEM_JSON)
                    .body("errors.field", contains(wrong[1]));
        }
        answer(formId, "[\"not\",\"an\",\"object\"]")
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("errors.field", contains("answers"));
        given().contentType(ContentType.JSON).body("{}")
                .when().post("/api/opinion-forms/{id}/answers", formId)
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("errors.field", contains("answers"));
    }

    @Test
    void formsThatAreNotOpenRefuseAnswersSayingWhy() {
        String draftId = draft(openPeriod());
        answer(draftId, VALID_ANSWERS)
                .statusCode(Status.CONFLICT.getStatusCode())
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:civic-grievance:problem:form-not-open"))
                .body("state", equalTo("DRAFT"));

        Instant opensAt = Instant.now().plus(Duration.ofDays(1));
        String upcomingId = draft(standardForm(opensAt, opensAt.plus(Duration.ofDays(7))));
        publish(admin(), upcomingId).statusCode(Status.OK.getStatusCode());
        answer(upcomingId, VALID_ANSWERS)
                .statusCode(Status.CONFLICT.getStatusCode())
                .body("state", equalTo("UPCOMING"))
                .body("opensAt", notNullValue());

        String closedId = openForm();
        answered(closedId, VALID_ANSWERS);
        close(admin(), closedId).statusCode(Status.OK.getStatusCode());
        answer(closedId, VALID_ANSWERS)
                .statusCode(Status.CONFLICT.getStatusCode())
                .body("state", equalTo("CLOSED"))
                .body("detail", equalTo("This form no longer takes answers."));
        answer(closedId, "{\"nonsense\":true}")
                .statusCode(Status.CONFLICT.getStatusCode());

        answer("00000000-0000-0000-0000-000000000000", VALID_ANSWERS)
                .statusCode(Status.NOT_FOUND.getStatusCode())
                .contentType(PROBLEM_JSON);
    }

    @Test
    void hostileAndMaximalTextIsStoredExactlyAndComesBackEscaped() throws Exception {
        String formId = openForm();
        String hostile = "  <script>alert('x')</script>\"quoted\" \\ back\nslash\t=cmd|' /C calc'!A0 😀 ";
        String longest = "灯🚨".repeat(2500);
        String body = mapper.writeValueAsString(java.util.Map.of("q1", "o1", "q3", 3, "q4", "ok", "q5", hostile));
        ExtractableResponse<Response> first = answered(formId, body);
        answered(formId, mapper.writeValueAsString(java.util.Map.of("q1", "o1", "q3", 3, "q5", longest)));

        String own = given().header("X-Answer-Code", first.<String>path("answerCode"))
                .when().get("/api/opinion-forms/{formId}/answers/{answerId}", formId, first.<String>path("answerId"))
                .then().statusCode(Status.OK.getStatusCode())
                .contentType(ContentType.JSON)
                .extract().asString();
        assertEquals(hostile, mapper.readTree(own).path("answers").path("q5").asText(), "stored and returned exactly");

        String results = given().auth().oauth2(admin())
                .when().get("/api/opinion-forms/{id}/results", formId)
                .then().statusCode(Status.OK.getStatusCode())
                .body(not(containsString("\n")))
                .extract().asString();
        var texts = mapper.readTree(results).path("questions").get(4).path("texts");
        assertEquals(hostile, texts.get(0).path("text").asText());
        assertEquals(longest, texts.get(1).path("text").asText());

        String csv = given().auth().oauth2(admin())
                .when().get("/api/opinion-forms/{id}/results/export.csv", formId)
                .then().statusCode(Status.OK.getStatusCode())
                .extract().asString();
        String escaped = "\"" + hostile.replace("\"", "\"\"") + "\"";
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains(escaped), csv);
        org.junit.jupiter.api.Assertions.assertTrue(csv.contains("\"" + longest + "\""));
    }
}
