package org.civicgrievance.intake.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import org.awaitility.Awaitility;
import org.civicgrievance.intake.ResolutionReports;
import org.civicgrievance.intake.grievance.GrievanceRepository;
import org.civicgrievance.platform.events.EventCodec;
import org.civicgrievance.platform.ratelimit.ClientRateLimiter;
import org.civicgrievance.platform.ratelimit.RateLimitedException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The residents' pages over HTTP, as a browser without JavaScript uses them. */
@QuarkusTest
class WebFormTest {

    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";
    static final Pattern TRACKING_NUMBER = Pattern.compile("id=\"tracking-number\" class=\"code\">(GR-\\d{4}-\\d{8})<");
    static final Pattern ACCESS_CODE = Pattern.compile("id=\"access-code\" class=\"code\">([A-Z0-9]{10})<");

    @Inject
    GrievanceRepository grievances;

    @Inject
    EventCodec codec;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void theStartPageIsChineseFirstWithAnEnglishSwitch() {
        given().when().get("/")
                .then().log().ifValidationFails()
                .statusCode(Status.OK.getStatusCode())
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "same-origin")
                .body(containsString("<html lang=\"zh-CN\">"))
                .body(containsString("<h1>反映问题、查询进度</h1>"))
                .body(containsString("href=\"/?lang=en\" lang=\"en\" hreflang=\"en\">English</a>"))
                .body(containsString("name=\"viewport\""))
                .body(not(containsString("<script")));

        given().queryParam("lang", "en").when().get("/")
                .then().statusCode(Status.OK.getStatusCode())
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("<h1>Raise an issue, follow your case</h1>"))
                .body(containsString("href=\"/report?lang=en\""))
                .body(containsString(">中文</a>"));
    }

    @Test
    void stepTwoAsksTheQuestionsOfTheChosenCategory() {
        given().queryParam("lang", "zh-CN").queryParam("kind", "COMPLAINT").queryParam("category", "road-damage")
                .when().get("/report/details")
                .then().log().ifValidationFails()
                .statusCode(Status.OK.getStatusCode())
                .body(containsString("<legend>损坏类型</legend>"))
                .body(containsString("type=\"radio\" id=\"q-hazard\" name=\"attributes[hazard]\" value=\"pothole\""))
                .body(containsString("<label for=\"q-size_metres\">大约尺寸（米） <span class=\"optional\">（选填）</span></label>"))
                .body(containsString("inputmode=\"decimal\""))
                .body(containsString("<input type=\"hidden\" name=\"lang\" value=\"zh-CN\">"))
                .body(not(containsString("灯杆编号")));
    }

    @Test
    void stepOneNamesWhatWasNotChosen() {
        given().queryParam("lang", "en").when().get("/report/details")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body(containsString("<title>Error:\u00a0Submit a case: kind and category - Civic Grievance</title>"))
                .body(containsString("<a href=\"#kind\">What would you like to raise?: Choose one</a>"))
                .body(containsString("id=\"category-error\""));
    }

    @Test
    void aSubmittedCaseShowsItsNumberAndCodeOnceThenLooksUp() {
        Response receipt = post("/report", report("zh-CN").formParam("title", "井盖丢了")
                .formParam("attributes[hazard]", "manhole").formParam("attributes[size_metres]", "0.8")
                .formParam("greenChannel", "ELDERLY").formParam("greenChannel", "DISABLED"));
        receipt.then().log().ifValidationFails()
                .statusCode(Status.OK.getStatusCode())
                .header("Cache-Control", "no-store")
                .body(containsString("<h1>提交成功</h1>"))
                .body(containsString("查询码只显示这一次"));
        String trackingNumber = find(TRACKING_NUMBER, receipt.asString());
        String accessCode = find(ACCESS_CODE, receipt.asString());
        assertEquals("WEB_FORM", grievances.findByTrackingNumber(trackingNumber).orElseThrow().getChannel().name());

        // the receipt's language switch posts number and code again, never in the address
        post("/report/receipt", given().formParam("lang", "en").formParam("trackingNumber", trackingNumber)
                .formParam("accessCode", accessCode))
                .then().statusCode(Status.OK.getStatusCode())
                .body(containsString("<h1>Case submitted</h1>"))
                .body(containsString(accessCode));

        post("/track", given().formParam("lang", "en").formParam("trackingNumber", trackingNumber.toLowerCase())
                .formParam("accessCode", accessCode))
                .then().log().ifValidationFails()
                .statusCode(Status.OK.getStatusCode())
                .header("Cache-Control", "no-store")
                .body(containsString("<h1>Your case</h1>"))
                .body(containsString("Received; being assigned to the responsible department"))
                .body(containsString("Road damage"))
                .body(containsString("action=\"/track/information\""))
                .body(not(containsString("action=\"/track/rating\"")));
    }

    @Test
    void errorsAreInChineseBesideTheirFieldsAndNothingTypedIsLost() {
        Response page = post("/report", given().formParam("submissionKey", freshKey())
                .formParam("lang", "zh-CN").formParam("kind", "COMPLAINT")
                .formParam("category", "road-damage")
                .formParam("title", "<script>alert('x')</script>")
                .formParam("description", "\n第一行\n  缩进的第二行 🚧")
                .formParam("address", "")
                .formParam("contactName", "李四")
                .formParam("phone", "打电话给我")
                .formParam("email", "not-an-email")
                .formParam("attributes[size_metres]", "很大"));
        page.then().log().ifValidationFails()
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .header("Cache-Control", "no-store")
                .body(containsString("<title>错误：反映问题：填写详情 - 民声直通</title>"))
                .body(containsString("<h2 id=\"error-summary-title\">请更正以下问题</h2>"))
                .body(containsString("<a href=\"#address\">详细地址：请填写此项</a>"))
                .body(containsString("<a href=\"#q-hazard\">损坏类型：请选择一项</a>"))
                .body(containsString("id=\"address-error\"><span class=\"visually-hidden\">错误：</span>请填写此项</p>"))
                .body(containsString("id=\"address\" name=\"address\" value=\"\" autocomplete=\"street-address\" "
                        + "aria-describedby=\"address-hint address-error\" aria-invalid=\"true\""))
                .body(containsString("请填写正确的电话号码（5 至 20 位数字）"))
                .body(containsString("请填写正确的电子邮箱，如 name@example.com"))
                .body(containsString("<a href=\"#q-size_metres\">大约尺寸（米）：请填写数字，如 2.5</a>"))
                // typed values come back as typed, escaped
                .body(containsString("value=\"打电话给我\""))
                .body(containsString("value=\"李四\""))
                .body(containsString("value=\"很大\""))
                .body(containsString(">\n\n第一行\n  缩进的第二行 🚧</textarea>"))
                .body(containsString("value=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;\""))
                .body(not(containsString("<script>")))
                .body(not(containsString("must be")));
    }

    @Test
    void errorsFollowThePageLanguage() {
        post("/report", given().formParam("submissionKey", freshKey())
                .formParam("lang", "en").formParam("kind", "SUGGESTION").formParam("category", "noise")
                .formParam("description", "灯".repeat(5001)).formParam("address", "幸福路1号")
                .formParam("attributes[source]", "aliens").formParam("attributes[last_heard]", "yesterday"))
                .then().log().ifValidationFails()
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("<a href=\"#description\">Description: Use at most 5000 characters</a>"))
                .body(containsString("<a href=\"#q-source\">Source of the noise: Choose one of the options given</a>"))
                .body(containsString("When you last heard it: Enter a date and time such as 2026-11-27 08:30"))
                .body(containsString("value=\"yesterday\""));
    }

    @Test
    void textIsStoredExactlyAsSentAndEscapedOnTheWayOut() {
        String title = "<img src=x onerror=alert(1)> & \"引号\" 🚨";
        Response receipt = post("/report", report("zh-CN").formParam("title", title)
                .formParam("attributes[hazard]", "pothole"));
        receipt.then().statusCode(Status.OK.getStatusCode());
        String trackingNumber = find(TRACKING_NUMBER, receipt.asString());
        assertEquals(title, grievances.findByTrackingNumber(trackingNumber).orElseThrow().getTitle());

        post("/track", given().formParam("lang", "zh-CN").formParam("trackingNumber", trackingNumber)
                .formParam("accessCode", find(ACCESS_CODE, receipt.asString())))
                .then().statusCode(Status.OK.getStatusCode())
                .body(containsString("<dd>&lt;img src=x onerror=alert(1)&gt; &amp; &quot;引号&quot; 🚨</dd>"))
                .body(not(containsString("<img")));
    }

    @Test
    void aWrongCodeFindsNothingAndIsNotShownBack() {
        post("/track", given().formParam("lang", "zh-CN").formParam("trackingNumber", "GR-2026-99999999")
                .formParam("accessCode", "WRONGCODE2"))
                .then().log().ifValidationFails()
                .statusCode(Status.NOT_FOUND.getStatusCode())
                .body(containsString("受理编号或查询码不正确，请核对后重试"))
                .body(containsString("value=\"GR-2026-99999999\""))
                .body(not(containsString("WRONGCODE2")));
    }

    @Test
    void residentsAddInformationWhileOpenAndRateOnceResolved() {
        Response receipt = post("/report", report("zh-CN").formParam("attributes[hazard]", "pothole"));
        String trackingNumber = find(TRACKING_NUMBER, receipt.asString());
        String accessCode = find(ACCESS_CODE, receipt.asString());

        post("/track/information", follow(trackingNumber, accessCode).formParam("text", " "))
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body(containsString("<a href=\"#text\">补充内容：请填写此项</a>"));
        post("/track/information", follow(trackingNumber, accessCode).formParam("text", "坑越来越大了 <b>危险</b>"))
                .then().log().ifValidationFails()
                .statusCode(Status.OK.getStatusCode())
                .body(containsString("补充信息已提交，并已转给办理部门。"));

        String caseId = grievances.findByTrackingNumber(trackingNumber).orElseThrow().getId();
        ResolutionReports resolution = new ResolutionReports(codec, bootstrapServers);
        resolution.publish(caseId, resolution.statusEvent(caseId, 3, "RESOLVED", "已办结：坑已填平", "Resolved: pothole filled"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> post("/track", follow(trackingNumber, accessCode)).asString().contains("已办结：坑已填平"));

        post("/track", follow(trackingNumber, accessCode))
                .then().statusCode(Status.OK.getStatusCode())
                .body(containsString("action=\"/track/rating\""))
                .body(not(containsString("action=\"/track/information\"")));
        post("/track/rating", follow(trackingNumber, accessCode).formParam("comment", "好"))
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body(containsString("<a href=\"#rating\">您对办理结果满意吗？：请选择一项</a>"))
                .body(containsString(">\n好</textarea>"));
        post("/track/rating", follow(trackingNumber, accessCode).formParam("rating", "SATISFIED").formParam("comment", "很快"))
                .then().log().ifValidationFails()
                .statusCode(Status.OK.getStatusCode())
                .body(containsString("感谢您的评价。"))
                .body(not(containsString("action=\"/track/rating\"")));
        post("/track/rating", follow(trackingNumber, accessCode).formParam("rating", "SATISFIED"))
                .then().statusCode(Status.CONFLICT.getStatusCode())
                .body(containsString("该诉求目前不需要评价。"));
    }

    @Test
    void postsFromOtherSitesAreRefused() {
        long before = grievances.count();
        given().contentType(FORM).header("Sec-Fetch-Site", "cross-site").formParams(reportParams())
                .when().post("/report")
                .then().statusCode(Status.FORBIDDEN.getStatusCode())
                .body(containsString("<h1>无法提交</h1>"));
        given().contentType(FORM).header("Origin", "https://evil.example").formParams(reportParams())
                .when().post("/report")
                .then().statusCode(Status.FORBIDDEN.getStatusCode());
        given().contentType(FORM).header("Sec-Fetch-Site", "cross-site").formParam("lang", "en")
                .formParam("trackingNumber", "GR-2026-00000001").formParam("accessCode", "ABCDEFGHJK")
                .when().post("/track/rating")
                .then().statusCode(Status.FORBIDDEN.getStatusCode())
                .body(containsString("<h1>This form could not be sent</h1>"));
        assertEquals(before, grievances.count(), "no case from another site");

        given().contentType(FORM).header("Sec-Fetch-Site", "same-origin").formParams(reportParams())
                .formParam("attributes[hazard]", "pothole")
                .when().post("/report")
                .then().statusCode(Status.OK.getStatusCode());
    }

    @Test
    void tooManyPostsGetALocalisedPageWithRetryAfterAndKeepTheText() {
        QuarkusMock.installMockForType(new AlwaysLimited(), ClientRateLimiter.class);
        post("/report", report("zh-CN").formParam("attributes[hazard]", "pothole"))
                .then().log().ifValidationFails()
                .statusCode(Status.TOO_MANY_REQUESTS.getStatusCode())
                .header("Retry-After", "42")
                .body(containsString("请在 42 秒后再试"))
                .body(containsString("幸福路与解放路交叉口有个大坑"));
        post("/track", given().formParam("lang", "en").formParam("trackingNumber", "GR-2026-00000001")
                .formParam("accessCode", "ABCDEFGHJK"))
                .then().statusCode(Status.TOO_MANY_REQUESTS.getStatusCode())
                .header("Retry-After", "42")
                .body(containsString("Try again in 42 seconds"));
        post("/track/information", follow("GR-2026-00000001", "ABCDEFGHJK").formParam("text", "x"))
                .then().statusCode(Status.TOO_MANY_REQUESTS.getStatusCode())
                .body(allOf(containsString("<h1>操作过于频繁</h1>"), containsString("42")));
    }

    /** Refuses everyone, as an exhausted bucket does; the limiter itself is tested in the platform. */
    static class AlwaysLimited extends ClientRateLimiter {

        AlwaysLimited() {
            super(Clock.systemUTC());
        }

        @Override
        public void acquire(RateLimit limit, String client) {
            throw new RateLimitedException(limit.name(), Duration.ofSeconds(42));
        }
    }

    private static java.util.Map<String, String> reportParams() {
        return java.util.Map.of("lang", "zh-CN", "kind", "COMPLAINT", "category", "road-damage",
                "description", "幸福路与解放路交叉口有个大坑，电动车已经摔倒两次", "address", "幸福路与解放路交叉口",
                "phone", "13812345678", "submissionKey", freshKey());
    }

    /** A form's one-time key, as the details page would carry (each test post is a new form). */
    private static String freshKey() {
        return java.util.UUID.randomUUID().toString();
    }

    private static RequestSpecification report(String lang) {
        return given().formParams(reportParams()).formParam("lang", lang);
    }

    private static RequestSpecification follow(String trackingNumber, String accessCode) {
        return given().formParam("lang", "zh-CN").formParam("trackingNumber", trackingNumber)
                .formParam("accessCode", accessCode);
    }

    /** Posts as a browser on the page itself would (same origin). */
    private static Response post(String path, RequestSpecification form) {
        return form.contentType(FORM).header("Sec-Fetch-Site", "same-origin").when().post(path);
    }

    static String find(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("not on the page: " + pattern + "\n" + html);
        }
        return matcher.group(1);
    }
}
