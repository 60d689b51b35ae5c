package org.civicgrievance.intake.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import org.civicgrievance.infra.test.StaffTokens;
import org.civicgrievance.intake.opinion.AnswerRepository;
import org.civicgrievance.platform.ratelimit.ClientRateLimiter;
import org.junit.jupiter.api.Test;

/** Answering an opinion form 征求意见表 on the residents' pages, checked by the API's own rules. */
@QuarkusTest
class WebOpinionFormTest {

    private static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";
    private static final Pattern ANSWER_ID = Pattern.compile("id=\"answer-id\" class=\"code long-code\">([0-9a-f-]{36})<");
    private static final Pattern ANSWER_CODE = Pattern.compile("id=\"answer-code\" class=\"code\">([A-Z0-9]{10})<");

    @Inject
    AnswerRepository answers;

    @Test
    void theOpenFormsAreListedWithAudienceAndClosingTimeInTheCitysZone() {
        Instant closesAt = Instant.now().plus(Duration.ofDays(9)).truncatedTo(ChronoUnit.MINUTES);
        String formId = openForm(form("<img src=x onerror=alert(1)> 夜市噪音征求意见表", Instant.now().minus(Duration.ofHours(1)),
                closesAt));
        String closing = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(closesAt.atZone(ZoneId.of("Asia/Shanghai")));

        given().when().get("/")
                .then().statusCode(Status.OK.getStatusCode())
                .body(containsString("<a class=\"task\" href=\"/opinion?lang=zh-CN\">参与征求意见</a>"));
        given().when().get("/opinion")
                .then().log().ifValidationFails()
                .statusCode(Status.OK.getStatusCode())
                .header("Cache-Control", "no-cache")
                .body(containsString("<h1>征求意见</h1>"))
                .body(containsString("<a class=\"task\" href=\"/opinion/" + formId + "?lang=zh-CN\" lang=\"zh-CN\">"
                        + "&lt;img src=x onerror=alert(1)&gt; 夜市噪音征求意见表</a>"))
                .body(containsString("<dd>居民、商户</dd>"))
                .body(containsString("<dt>截止时间（北京时间）</dt><dd>" + closing + "</dd>"))
                .body(not(containsString("<img")));
        given().queryParam("lang", "en").when().get("/opinion")
                .then().statusCode(Status.OK.getStatusCode())
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("<h1>Opinion forms</h1>"))
                .body(containsString("<dd>Residents, Shops</dd>"))
                .body(containsString("href=\"/opinion/" + formId + "?lang=en\""));
    }

    @Test
    void eachQuestionIsAskedAccessiblyWithRequiredSaidInWords() {
        String formId = openForm(standardForm());
        given().when().get("/opinion/{id}", formId)
                .then().log().ifValidationFails()
                .statusCode(Status.OK.getStatusCode())
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .body(containsString("<html lang=\"zh-CN\">"))
                .body(containsString("<h1 lang=\"zh-CN\">幸福社区环境满意度征求意见表</h1>"))
                .body(containsString("<form method=\"post\" action=\"/opinion/" + formId + "\" novalidate>"))
                .body(containsString("<legend><span lang=\"zh-CN\">您对社区环境是否满意？</span> "
                        + "<span class=\"required\">（必填）</span></legend>"))
                .body(containsString("<input type=\"radio\" id=\"answer-q1\" name=\"answers[q1]\" value=\"o1\" required>"))
                .body(containsString("<label for=\"answer-q1\" lang=\"zh-CN\">满意</label>"))
                .body(containsString("<input type=\"checkbox\" id=\"answer-q2-2\" name=\"answers[q2]\" value=\"o5\">"))
                .body(containsString("<input type=\"radio\" id=\"answer-q3-5\" name=\"answers[q3]\" value=\"5\" required>"))
                .body(containsString("<p class=\"hint\" id=\"answer-q3-hint\">1 分最低，5 分最高。</p>"))
                .body(containsString("<input type=\"text\" id=\"answer-q4\" name=\"answers[q4]\" value=\"\" "
                        + "aria-describedby=\"answer-q4-hint\">"))
                .body(containsString("<textarea id=\"answer-q5\" name=\"answers[q5]\" rows=\"6\" "
                        + "aria-describedby=\"answer-q5-hint\">"))
                .body(containsString("最多 5000 字。"))
                .body(not(containsString("<script")));

        // the page's own words switch language; the form's text stays as it was written
        given().queryParam("lang", "en").when().get("/opinion/{id}", formId)
                .then().statusCode(Status.OK.getStatusCode())
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("<span lang=\"zh-CN\">您对社区环境是否满意？</span> <span class=\"required\">(required)</span>"))
                .body(containsString("<input type=\"hidden\" name=\"lang\" value=\"en\">"))
                .body(containsString("1 is the lowest, 5 the highest."))
                .body(containsString("Send my answers"))
                .body(containsString(">中文</a>"));
    }

    @Test
    void anAnswerIsStoredAsTheApiStoresItAndItsCodeShownOnce() {
        String formId = openForm(standardForm());
        Response thanks = post("/opinion/" + formId, given().formParam("lang", "zh-CN")
                .formParam("answers[q1]", "o3").formParam("answers[q2]", "o4").formParam("answers[q2]", "o6")
                .formParam("answers[q3]", "2").formParam("answers[q4]", "").formParam("answers[q5]", "路灯坏了 <b>一周</b>"));
        thanks.then().log().ifValidationFails()
                .statusCode(Status.OK.getStatusCode())
                .header("Cache-Control", "no-store")
                .body(containsString("<h1>感谢您的意见</h1>"))
                .body(containsString("答卷码只显示这一次"))
                .body(containsString("/answers/"));
        String answerId = find(ANSWER_ID, thanks.asString());
        String answerCode = find(ANSWER_CODE, thanks.asString());

        given().header("X-Answer-Code", answerCode)
                .when().get("/api/opinion-forms/{formId}/answers/{answerId}", formId, answerId)
                .then().log().ifValidationFails()
                .statusCode(Status.OK.getStatusCode())
                .body("answers.q1", equalTo("o3"))
                .body("answers.q2", contains("o4", "o6"))
                .body("answers.q3", equalTo(2))
                .body("answers.q5", equalTo("路灯坏了 <b>一周</b>"));

        // the thanks' language switch posts id and code again, never in the address
        post("/opinion/" + formId + "/receipt", given().formParam("lang", "en").formParam("answerId", answerId)
                .formParam("answerCode", answerCode))
                .then().statusCode(Status.OK.getStatusCode())
                .header("Cache-Control", "no-store")
                .body(containsString("<h1>Thank you for your answers</h1>"))
                .body(containsString(answerCode));
        post("/opinion/" + formId + "/receipt", given().formParam("lang", "en").formParam("answerId", answerId)
                .formParam("answerCode", "WRONGCODE2"))
                .then().statusCode(Status.NOT_FOUND.getStatusCode())
                .body(not(containsString(answerId)));
    }

    @Test
    void errorsAreInChineseBesideTheirQuestionsAndNothingTypedIsLost() {
        String formId = openForm(standardForm());
        post("/opinion/" + formId, given().formParam("lang", "zh-CN").formParam("answers[q2]", "o5")
                .formParam("answers[q4]", "<script>alert('x')</script>" + "长".repeat(180))
                .formParam("answers[q5]", "\n第一行\n  缩进的第二行 🚧"))
                .then().log().ifValidationFails()
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .header("Cache-Control", "no-store")
                .body(containsString("<title>错误：幸福社区环境满意度征求意见表 - 民声直通</title>"))
                .body(containsString("<h2 id=\"error-summary-title\">请更正以下问题</h2>"))
                .body(containsString("<a href=\"#answer-q1\">您对社区环境是否满意？：请选择一项</a>"))
                .body(containsString("<a href=\"#answer-q3\">请为社区服务打分：请选择一项</a>"))
                .body(containsString("<a href=\"#answer-q4\">您住在哪个小区？：不能超过 200 个字</a>"))
                .body(containsString("<fieldset aria-describedby=\"answer-q1-error\">"))
                .body(containsString("id=\"answer-q1-error\"><span class=\"visually-hidden\">错误：</span>请选择一项</p>"))
                .body(containsString("aria-describedby=\"answer-q4-hint answer-q4-error\" aria-invalid=\"true\""))
                // what was typed and ticked comes back, escaped
                .body(containsString("name=\"answers[q2]\" value=\"o5\" checked>"))
                .body(containsString("value=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;长长"))
                .body(containsString(">\n\n第一行\n  缩进的第二行 🚧</textarea>"))
                .body(not(containsString("<script>")))
                .body(not(containsString("must be")));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> answers.count("formId", formId)));
    }

    @Test
    void errorsFollowThePageLanguage() {
        String formId = openForm(standardForm());
        post("/opinion/" + formId, given().formParam("lang", "en").formParam("answers[q1]", "o9")
                .formParam("answers[q2]", "o1").formParam("answers[q3]", "7").formParam("answers[q4]", "幸福小区")
                .formParam("answers[q5]", "灯".repeat(5001)))
                .then().log().ifValidationFails()
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("<title>Error:\u00a0幸福社区环境满意度征求意见表 - Civic Grievance</title>"))
                .body(containsString("<a href=\"#answer-q1\">您对社区环境是否满意？: Choose one of the options given</a>"))
                .body(containsString("<a href=\"#answer-q2\">哪些方面需要改进？: Choose one of the options given</a>"))
                .body(containsString("<a href=\"#answer-q3\">请为社区服务打分: Choose a rating from 1 to 5</a>"))
                .body(containsString("<a href=\"#answer-q5\">其他意见和建议: Use at most 5000 characters</a>"))
                .body(containsString("value=\"幸福小区\""))
                .body(not(containsString("must be")));
    }

    @Test
    void closedUpcomingAndDraftFormsAreExplainedAsTheApiRefusesThem() {
        String closed = openForm(standardForm());
        given().auth().oauth2(admin()).when().post("/api/opinion-forms/{id}/close", closed)
                .then().statusCode(Status.OK.getStatusCode());
        given().when().get("/opinion/{id}", closed)
                .then().log().ifValidationFails()
                .statusCode(Status.CONFLICT.getStatusCode())
                .body(containsString("<h1>无法填写这份征求意见表</h1>"))
                .body(containsString("幸福社区环境满意度征求意见表"))
                .body(containsString("这份征求意见表已截止，不再接受填写。"))
                .body(containsString("href=\"/opinion?lang=zh-CN\""))
                .body(not(containsString("<form method=\"post\" action=\"/opinion/")));
        post("/opinion/" + closed, given().formParam("lang", "en").formParam("answers[q1]", "o1")
                .formParam("answers[q3]", "3"))
                .then().statusCode(Status.CONFLICT.getStatusCode())
                .body(containsString("This opinion form has closed and no longer takes answers."));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> answers.count("formId", closed)));

        Instant opensAt = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MINUTES);
        String upcoming = openForm(form("下月停车征求意见表", opensAt, opensAt.plus(Duration.ofDays(7))));
        given().queryParam("lang", "en").when().get("/opinion/{id}", upcoming)
                .then().statusCode(Status.CONFLICT.getStatusCode())
                .body(containsString("This opinion form takes answers from "
                        + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(opensAt.atZone(ZoneId.of("Asia/Shanghai")))
                        + " (Beijing time)."));

        String draft = draft(standardForm());
        given().when().get("/opinion/{id}", draft)
                .then().statusCode(Status.NOT_FOUND.getStatusCode())
                .body(containsString("找不到这份征求意见表"))
                .body(not(containsString("幸福社区环境满意度征求意见表")));
        post("/opinion/" + draft, given().formParam("lang", "zh-CN").formParam("answers[q1]", "o1"))
                .then().statusCode(Status.NOT_FOUND.getStatusCode());
        given().queryParam("lang", "en").when().get("/opinion/{id}", "no-such-form")
                .then().statusCode(Status.NOT_FOUND.getStatusCode())
                .body(containsString("There is no such opinion form"));
    }

    @Test
    void postsFromOtherSitesAreRefused() {
        String formId = openForm(standardForm());
        given().contentType(FORM).header("Sec-Fetch-Site", "cross-site").formParam("lang", "zh-CN")
                .formParam("answers[q1]", "o1").formParam("answers[q3]", "5")
                .when().post("/opinion/{id}", formId)
                .then().statusCode(Status.FORBIDDEN.getStatusCode())
                .body(containsString("<h1>无法提交</h1>"));
        given().contentType(FORM).header("Origin", "https://evil.example").formParam("lang", "en")
                .formParam("answers[q1]", "o1").formParam("answers[q3]", "5")
                .when().post("/opinion/{id}", formId)
                .then().statusCode(Status.FORBIDDEN.getStatusCode())
                .body(containsString("<h1>This form could not be sent</h1>"));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> answers.count("formId", formId)),
                "no answer from another site");

        post("/opinion/" + formId, given().formParam("lang", "zh-CN").formParam("answers[q1]", "o1")
                .formParam("answers[q3]", "5"))
                .then().statusCode(Status.OK.getStatusCode());
    }

    @Test
    void tooManyAnswersGetALocalisedPageWithRetryAfterAndKeepTheAnswers() {
        String formId = openForm(standardForm());
        QuarkusMock.installMockForType(new WebFormTest.AlwaysLimited(), ClientRateLimiter.class);
        post("/opinion/" + formId, given().formParam("lang", "zh-CN").formParam("answers[q1]", "o2")
                .formParam("answers[q3]", "4").formParam("answers[q4]", "幸福小区"))
                .then().log().ifValidationFails()
                .statusCode(Status.TOO_MANY_REQUESTS.getStatusCode())
                .header("Retry-After", "42")
                .body(allOf(containsString("请在 42 秒后再试"), containsString("value=\"幸福小区\"")))
                .body(containsString("name=\"answers[q1]\" value=\"o2\" checked"));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> answers.count("formId", formId)));
    }

    private static String admin() {
        return StaffTokens.admin("zhou.ping");
    }

    /** The opinion tests' standard form: q1 single choice (required), q2 multiple, q3 rating (required), q4 short, q5 long. */
    private static String standardForm() {
        return form("幸福社区环境满意度征求意见表", Instant.now().minus(Duration.ofHours(1)),
                Instant.now().plus(Duration.ofDays(7)));
    }

    private static String form(String title, Instant opensAt, Instant closesAt) {
        return """
                {"title":"%s","description":"请就社区环境提出意见",
                 "language":"zh-CN","audience":["SHOPS","RESIDENTS"],
                 "opensAt":"%s","closesAt":"%s",
                 "questions":[
                   {"type":"SINGLE_CHOICE","text":"您对社区环境是否满意？","required":true,"options":["满意","一般","不满意"]},
                   {"type":"MULTIPLE_CHOICE","text":"哪些方面需要改进？","options":["路灯","绿化","停车"]},
                   {"type":"RATING","text":"请为社区服务打分","required":true},
                   {"type":"SHORT_TEXT","text":"您住在哪个小区？"},
                   {"type":"LONG_TEXT","text":"其他意见和建议"}
                 ]}""".formatted(title, opensAt, closesAt);
    }

    private static String draft(String body) {
        return given().auth().oauth2(admin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/opinion-forms")
                .then().log().ifValidationFails()
                .statusCode(Status.CREATED.getStatusCode()).extract().path("id");
    }

    /** Drafts and publishes the form through the administrators' API. */
    private static String openForm(String body) {
        String formId = draft(body);
        given().auth().oauth2(admin()).when().post("/api/opinion-forms/{id}/publish", formId)
                .then().log().ifValidationFails().statusCode(Status.OK.getStatusCode());
        return formId;
    }

    /** Posts as a browser on the page itself would (same origin). */
    private static Response post(String path, RequestSpecification form) {
        return form.contentType(FORM).header("Sec-Fetch-Site", "same-origin").when().post(path);
    }

    private static String find(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("not on the page: " + pattern + "\n" + html);
        }
        return matcher.group(1);
    }
}
