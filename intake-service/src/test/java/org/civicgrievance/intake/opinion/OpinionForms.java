package org.civicgrievance.intake.opinion;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;

import jakarta.ws.rs.core.Response.Status;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

import org.civicgrievance.infra.test.StaffTokens;

/**
 * Test data: forms written, published and answered through the API, as administrators and
 * respondents would. The standard form has, in order:
 * q1 single choice (o1 满意, o2 一般, o3 不满意; required), q2 multiple choice (o4 路灯, o5 绿化, o6 停车),
 * q3 rating (required), q4 short text, q5 long text.
 */
final class OpinionForms {

    static final String ADMIN = "zhou.ping";

    private OpinionForms() {
    }

    static String admin() {
        return StaffTokens.admin(ADMIN);
    }

    static String standardForm(Instant opensAt, Instant closesAt) {
        return """
                {"title":"幸福社区环境满意度征求意见表","description":"请就社区环境提出意见",
                 "language":"zh-CN","audience":["RESIDENTS","SHOPS"],
                 "opensAt":"%s","closesAt":"%s",
                 "questions":[
                   {"type":"SINGLE_CHOICE","text":"您对社区环境是否满意？","required":true,"options":["满意","一般","不满意"]},
                   {"type":"MULTIPLE_CHOICE","text":"哪些方面需要改进？","options":["路灯","绿化","停车"]},
                   {"type":"RATING","text":"请为社区服务打分","required":true},
                   {"type":"SHORT_TEXT","text":"您住在哪个小区？"},
                   {"type":"LONG_TEXT","text":"其他意见和建议"}
                 ]}""".formatted(opensAt, closesAt);
    }

    /** A form that opened an hour ago and closes in a week. */
    static String openPeriod() {
        return standardForm(Instant.now().minus(Duration.ofHours(1)), Instant.now().plus(Duration.ofDays(7)));
    }

    static ValidatableResponse create(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/opinion-forms")
                .then().log().ifValidationFails();
    }

    /** Drafts the body as the administrator and returns the form id. */
    static String draft(String body) {
        return create(admin(), body).statusCode(Status.CREATED.getStatusCode()).extract().path("id");
    }

    static ValidatableResponse publish(String token, String formId) {
        return given().auth().oauth2(token).when().post("/api/opinion-forms/{id}/publish", formId)
                .then().log().ifValidationFails();
    }

    static ValidatableResponse close(String token, String formId) {
        return given().auth().oauth2(token).when().post("/api/opinion-forms/{id}/close", formId)
                .then().log().ifValidationFails();
    }

    /** A published standard form taking answers now. */
    static String openForm() {
        String formId = draft(openPeriod());
        publish(admin(), formId).statusCode(Status.OK.getStatusCode());
        return formId;
    }

    static ValidatableResponse answer(String formId, String answers) {
        return given().contentType(ContentType.JSON).body("{\"answers\":" + answers + "}")
                .when().post("/api/opinion-forms/{id}/answers", formId)
                .then().log().ifValidationFails();
    }

    /** Answers and expects 201: the receipt holds answerId and answerCode. */
    static ExtractableResponse<Response> answered(String formId, String answers) {
        return answer(formId, answers).statusCode(Status.CREATED.getStatusCode()).extract();
    }

    static final String VALID_ANSWERS = """
            {"q1":"o3","q2":["o4","o6"],"q3":2,"q4":"幸福小区","q5":"幸福路12号门口的路灯坏了一周，晚上很危险"}""";

    /** A case as for POST /api/cases, without a title (the case takes the form's). */
    static final String CASE_FIELDS = """
            {"kind":"COMPLAINT","category":"street-lighting","description":"幸福路12号门口的路灯坏了一周",
             "location":{"address":"幸福路12号","district":"gulou"},
             "contact":{"name":"李四","phone":"13900001111"}}""";
}
