package org.civicgrievance.intake.opinion;

import static io.restassured.RestAssured.given;
import static org.civicgrievance.intake.opinion.OpinionForms.admin;
import static org.civicgrievance.intake.opinion.OpinionForms.answered;
import static org.civicgrievance.intake.opinion.OpinionForms.openForm;
import static org.civicgrievance.intake.opinion.OpinionForms.openPeriod;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.ws.rs.core.Response.Status;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.civicgrievance.infra.test.StaffTokens;
import org.junit.jupiter.api.Test;

/** Results are counted right, exported safely, and read by administrators and inspectors only. */
@QuarkusTest
class FormResultsTest {

    private static final String INSPECTOR = "li.qiang";

    @Test
    void resultsCountEachOptionAverageTheRatingsAndListTheText() {
        String formId = openForm();
        String first = answered(formId, """
                {"q1":"o1","q2":["o4","o5"],"q3":5,"q5":"路灯太暗"}""").path("answerId");
        answered(formId, """
                {"q1":"o1","q2":["o4"],"q3":4}""");
        String third = answered(formId, """
                {"q1":"o3","q3":4,"q4":"幸福小区","q5":"停车难"}""").path("answerId");

        given().auth().oauth2(admin())
                .when().get("/api/opinion-forms/{id}/results", formId)
                .then().log().ifValidationFails()
                .statusCode(Status.OK.getStatusCode())
                .contentType(ContentType.JSON)
                .body("formId", equalTo(formId))
                .body("state", equalTo("OPEN"))
                .body("answers", equalTo(3))
                .body("questions.id", contains("q1", "q2", "q3", "q4", "q5"))
                .body("questions.answered", contains(3, 2, 3, 1, 2))
                .body("questions[0].options.id", contains("o1", "o2", "o3"))
                .body("questions[0].options.count", contains(2, 0, 1))
                .body("questions[1].options.label", contains("路灯", "绿化", "停车"))
                .body("questions[1].options.count", contains(2, 1, 0))
                .body("questions[2].ratings.rating", contains(1, 2, 3, 4, 5))
                .body("questions[2].ratings.count", contains(0, 0, 0, 2, 1))
                // (5 + 4 + 4) / 3 = 4.333..., rounded half up to two decimals
                .body("questions[2].averageRating", equalTo(4.33f))
                .body("questions[3].texts.text", contains("幸福小区"))
                .body("questions[4].texts.text", contains("路灯太暗", "停车难"))
                .body("questions[4].texts.answerId", contains(first, third))
                .body("questions[0].texts", nullValue())
                .body("questions[4].options", nullValue());
    }

    @Test
    void aFormWithoutAnswersHasZeroCountsAndNoAverage() {
        String formId = OpinionForms.draft(openPeriod());
        given().auth().oauth2(admin())
                .when().get("/api/opinion-forms/{id}/results", formId)
                .then().statusCode(Status.OK.getStatusCode())
                .body("state", equalTo("DRAFT"))
                .body("answers", equalTo(0))
                .body("questions[0].options.count", contains(0, 0, 0))
                .body("questions[2].averageRating", nullValue())
                .body("questions[4].texts.size()", equalTo(0));
        given().auth().oauth2(admin())
                .when().get("/api/opinion-forms/{id}/results", "00000000-0000-0000-0000-000000000000")
                .then().statusCode(Status.NOT_FOUND.getStatusCode());
    }

    @Test
    void theCsvExportHoldsTheSameResultsAndNoCellRunsAsAFormula() {
        String formId = openForm();
        answered(formId, """
                {"q1":"o2","q3":1,"q4":"@SUM(A1:A9)","q5":"=HYPERLINK(\\"http://evil.example\\",\\"点我\\")"}""");
        answered(formId, """
                {"q1":"o2","q3":2,"q5":"-2+3"}""");

        String csv = given().auth().oauth2(StaffTokens.inspector(INSPECTOR))
                .when().get("/api/opinion-forms/{id}/results/export.csv", formId)
                .then().log().ifValidationFails()
                .statusCode(Status.OK.getStatusCode())
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("opinion-form-" + formId + "-results.csv"))
                .extract().asString();

        assertTrue(csv.startsWith("\uFEFF" + ResultsCsv.HEADER + "\r\n"), csv);
        List<String> lines = List.of(csv.substring(1).split("\r\n"));
        // header, 3 + 3 options, 5 rating values + average, 1 + 2 texts
        assertEquals(1 + 6 + 6 + 3, lines.size(), csv);
        assertTrue(lines.contains("\"q1\",\"您对社区环境是否满意？\",\"SINGLE_CHOICE\",\"o2\",\"一般\",\"2\",,,,"), csv);
        assertTrue(lines.contains("\"q3\",\"请为社区服务打分\",\"RATING\",,,\"2\",\"1.50\",,,"), csv);
        assertTrue(lines.stream().anyMatch(line -> line.endsWith(",\"'@SUM(A1:A9)\"")), csv);
        assertTrue(lines.stream().anyMatch(line -> line.endsWith(
                ",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"点我\"\")\"")), csv);
        assertTrue(lines.stream().anyMatch(line -> line.endsWith(",\"'-2+3\"")), csv);
        assertTrue(lines.stream().noneMatch(line -> line.contains(",\"=") || line.contains(",\"@") || line.contains(",\"-2")),
                "no cell starts with a formula character: " + csv);
    }

    @Test
    void onlyAdministratorsAndInspectorsReadResults() {
        String formId = openForm();
        for (String path : new String[] { "/api/opinion-forms/{id}/results", "/api/opinion-forms/{id}/results/export.csv",
                "/api/opinion-forms/{id}/definition" }) {
            given().when().get(path, formId)
                    .then().statusCode(Status.UNAUTHORIZED.getStatusCode())
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", equalTo("Bearer"));
            for (String token : new String[] { StaffTokens.operator("chen.jing"),
                    StaffTokens.handler("wang.li", "urban-management"),
                    StaffTokens.supervisor("zhang.wei", "urban-management") }) {
                given().auth().oauth2(token).when().get(path, formId)
                        .then().statusCode(Status.FORBIDDEN.getStatusCode())
                        .contentType("application/problem+json");
            }
            given().auth().oauth2(StaffTokens.inspector(INSPECTOR)).when().get(path, formId)
                    .then().statusCode(Status.OK.getStatusCode());
            given().auth().oauth2(admin()).when().get(path, formId)
                    .then().statusCode(Status.OK.getStatusCode());
        }
        given().auth().oauth2(StaffTokens.staff("zhou.ping", null, "admin").signedByAStranger().token())
                .when().get("/api/opinion-forms/{id}/results", formId)
                .then().statusCode(Status.UNAUTHORIZED.getStatusCode());
    }

    @Test
    void inspectorsReadEverythingAndChangeNothing() {
        String inspector = StaffTokens.inspector(INSPECTOR);
        String draftId = OpinionForms.draft(openPeriod());
        String openId = openForm();

        given().auth().oauth2(inspector).when().get("/api/opinion-forms/definitions")
                .then().statusCode(Status.OK.getStatusCode());
        given().auth().oauth2(inspector).when().get("/api/opinion-forms/{id}/definition", draftId)
                .then().statusCode(Status.OK.getStatusCode()).body("status", equalTo("DRAFT"));
        OpinionForms.create(inspector, openPeriod()).statusCode(Status.FORBIDDEN.getStatusCode());
        given().auth().oauth2(inspector).contentType(ContentType.JSON).body(openPeriod())
                .when().put("/api/opinion-forms/{id}", draftId)
                .then().statusCode(Status.FORBIDDEN.getStatusCode());
        OpinionForms.publish(inspector, draftId).statusCode(Status.FORBIDDEN.getStatusCode());
        OpinionForms.close(inspector, openId).statusCode(Status.FORBIDDEN.getStatusCode());
        given().auth().oauth2(admin()).when().get("/api/opinion-forms/{id}/definition", draftId)
                .then().body("status", equalTo("DRAFT")).body("version", equalTo(0));
    }

    @Test
    void onlyAdministratorsWriteForms() {
        String draftId = OpinionForms.draft(openPeriod());
        given().contentType(ContentType.JSON).body(openPeriod()).when().post("/api/opinion-forms")
                .then().statusCode(Status.UNAUTHORIZED.getStatusCode());
        given().when().post("/api/opinion-forms/{id}/publish", draftId)
                .then().statusCode(Status.UNAUTHORIZED.getStatusCode());
        given().when().get("/api/opinion-forms/definitions")
                .then().statusCode(Status.UNAUTHORIZED.getStatusCode());
        for (String token : new String[] { StaffTokens.operator("chen.jing"), StaffTokens.handler("wang.li", "urban-management"),
                StaffTokens.supervisor("zhang.wei", "urban-management") }) {
            OpinionForms.create(token, openPeriod()).statusCode(Status.FORBIDDEN.getStatusCode());
            OpinionForms.publish(token, draftId).statusCode(Status.FORBIDDEN.getStatusCode());
            OpinionForms.close(token, draftId).statusCode(Status.FORBIDDEN.getStatusCode());
            given().auth().oauth2(token).when().get("/api/opinion-forms/definitions")
                    .then().statusCode(Status.FORBIDDEN.getStatusCode());
        }
    }
}
