package org.civicgrievance.intake.status;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import org.awaitility.Awaitility;
import org.civicgrievance.intake.ResolutionReports;
import org.civicgrievance.intake.Submissions;
import org.civicgrievance.platform.events.EventCodec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * What the department tells the resident besides the status (its questions and notes, the honest
 * outcome with the reason and where else to go) reaches the JSON look-up and the case page, escaped.
 */
@QuarkusTest
class ResidentUpdatesTest {

    private static final String HOSTILE = "<script>alert('x')</script> 请问是哪一盏灯？";

    @Inject
    EventCodec codec;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void questionsNotesAndAnOutcomeThatIsNotAFixAreShownInBothLanguages() {
        ExtractableResponse<Response> receipt = Submissions.submit(Submissions.STREET_LIGHT);
        String caseId = receipt.path("caseId");
        ResolutionReports resolution = new ResolutionReports(codec, bootstrapServers);

        resolution.publish(caseId, resolution.statusEvent(caseId, 1, "QUEUED", Map.of()));
        resolution.publish(caseId, resolution.statusEvent(caseId, 2, "WAITING_FOR_RESIDENT",
                Map.of("note", Map.of("kind", "QUESTION", "text", HOSTILE))));
        resolution.publish(caseId, resolution.statusEvent(caseId, 3, "IN_PROGRESS", Map.of()));
        resolution.publish(caseId, resolution.statusEvent(caseId, 4, "IN_PROGRESS",
                Map.of("note", Map.of("kind", "NOTE", "text", "已联系供电公司"))));
        resolution.publish(caseId, resolution.statusEvent(caseId, 5, "RESOLVED", Map.of(
                "outcome", "NOT_RESOLVABLE",
                "outcomeText", Map.of("zh", "问题暂时无法解决", "en", "Your problem cannot be solved by us at present"),
                "reason", "线路改造需列入明年计划",
                "whereElse", "供电公司热线 95598",
                "note", Map.of("kind", "RESOLUTION", "text", "已更换灯泡，但线路老化"))));
        ResolutionReports.awaitStatus(receipt, "RESOLVED");

        ResolutionReports.lookUp(receipt)
                .body("outcome.code", equalTo("NOT_RESOLVABLE"))
                .body("outcome.text.zh", equalTo("问题暂时无法解决"))
                .body("outcome.text.en", equalTo("Your problem cannot be solved by us at present"))
                .body("outcome.reason", equalTo("线路改造需列入明年计划"))
                .body("outcome.whereElse", equalTo("供电公司热线 95598"))
                .body("notes.kind", contains("QUESTION", "NOTE", "RESOLUTION"))
                .body("notes.text", contains(HOSTILE, "已联系供电公司", "已更换灯泡，但线路老化"));

        String trackingNumber = receipt.path("trackingNumber");
        String accessCode = receipt.path("accessCode");
        track("zh-CN", trackingNumber, accessCode)
                .body(containsString("<dd id=\"outcome\">问题暂时无法解决</dd>"))
                .body(containsString("<dd id=\"outcome-reason\">线路改造需列入明年计划</dd>"))
                .body(containsString("<dd id=\"where-else\">供电公司热线 95598</dd>"))
                .body(containsString("部门留言"))
                .body(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; 请问是哪一盏灯？"))
                .body(not(containsString("<script>alert")));
        track("en", trackingNumber, accessCode)
                .body(containsString("<dd id=\"outcome\">Your problem cannot be solved by us at present</dd>"))
                .body(containsString("Messages from the department"))
                .body(containsString("A question for you"));
    }

    @Test
    void theExpectedTimeAndAnExtensionOfItReachTheLookUpAndTheCasePageInTheCitysZone() {
        ExtractableResponse<Response> receipt = Submissions.submit(Submissions.STREET_LIGHT);
        String caseId = receipt.path("caseId");
        ResolutionReports resolution = new ResolutionReports(codec, bootstrapServers);
        String extended = "办理时限延长至 2026年12月14日 17:30，原因：需要联系供电公司共同勘查\n"
                + "The time limit was extended to 14 Dec 2026 17:30 because: 需要联系供电公司共同勘查";

        resolution.publish(caseId, resolution.statusEvent(caseId, 1, "QUEUED",
                Map.of("resolutionDueAt", "2026-12-09T09:30:00Z")));
        resolution.publish(caseId, resolution.statusEvent(caseId, 2, "CLAIMED",
                Map.of("resolutionDueAt", "2026-12-09T09:30:00Z")));
        resolution.publish(caseId, resolution.statusEvent(caseId, 3, "CLAIMED",
                Map.of("resolutionDueAt", "2026-12-14T09:30:00Z", "note", Map.of("kind", "NOTE", "text", extended))));
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> ResolutionReports.lookUp(receipt).extract().path("notes.size()").equals(1));

        ResolutionReports.lookUp(receipt)
                .body("status", equalTo("CLAIMED"))
                .body("resolutionDueAt", equalTo("2026-12-14T17:30:00+08:00"))
                .body("notes.kind", contains("NOTE"))
                .body("notes.text", contains(extended));
        String trackingNumber = receipt.path("trackingNumber");
        String accessCode = receipt.path("accessCode");
        track("zh-CN", trackingNumber, accessCode)
                .body(containsString("<dt>预计办结时间</dt><dd id=\"expected-by\">2026-12-14 17:30</dd>"))
                .body(containsString("办理时限延长至 2026年12月14日 17:30，原因：需要联系供电公司共同勘查"));
        track("en", trackingNumber, accessCode)
                .body(containsString("<dt>Expected by</dt><dd id=\"expected-by\">2026-12-14 17:30</dd>"))
                .body(containsString("The time limit was extended to 14 Dec 2026 17:30 because:"));

        // resolved: no time limit runs any more, so nothing is expected
        resolution.publish(caseId, resolution.statusEvent(caseId, 4, "RESOLVED", Map.of("outcome", "RESOLVED",
                "note", Map.of("kind", "RESOLUTION", "text", "已更换灯泡"))));
        ResolutionReports.awaitStatus(receipt, "RESOLVED");
        ResolutionReports.lookUp(receipt).body("resolutionDueAt", nullValue());
        track("zh-CN", trackingNumber, accessCode).body(not(containsString("预计办结时间")));
    }

    @Test
    void anExpectedDateOnProvisionalHolidaysSaysSoUntilTheYearIsConfirmed() {
        ExtractableResponse<Response> receipt = Submissions.submit(Submissions.STREET_LIGHT);
        String caseId = receipt.path("caseId");
        ResolutionReports resolution = new ResolutionReports(codec, bootstrapServers);
        resolution.publish(caseId, resolution.statusEvent(caseId, 1, "QUEUED",
                Map.of("resolutionDueAt", "2027-01-12T09:30:00Z", "resolutionDueProvisional", true)));
        ResolutionReports.awaitStatus(receipt, "QUEUED");
        ResolutionReports.lookUp(receipt)
                .body("resolutionDueAt", equalTo("2027-01-12T17:30:00+08:00"))
                .body("resolutionDueProvisional", equalTo(true));
        String trackingNumber = receipt.path("trackingNumber");
        String accessCode = receipt.path("accessCode");
        track("zh-CN", trackingNumber, accessCode)
                .body(containsString("<dd id=\"expected-by\">2027-01-12 17:30（暂定：节假日安排公布后可能调整）</dd>"));
        track("en", trackingNumber, accessCode)
                .body(containsString("<dd id=\"expected-by\">2027-01-12 17:30 (provisional: may move once the public "
                        + "holidays of the year are published)</dd>"));

        // the year's schedule was loaded and the date computed again: confirmed
        resolution.publish(caseId, resolution.statusEvent(caseId, 2, "QUEUED",
                Map.of("resolutionDueAt", "2027-01-13T09:30:00Z")));
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> "2027-01-13T17:30:00+08:00".equals(ResolutionReports.lookUp(receipt).extract()
                        .path("resolutionDueAt")));
        ResolutionReports.lookUp(receipt).body("resolutionDueProvisional", equalTo(false));
        track("zh-CN", trackingNumber, accessCode)
                .body(containsString("<dd id=\"expected-by\">2027-01-13 17:30</dd>"));
    }

    @Test
    void aCaseBeingHandledHasNoOutcomeYet() {
        ExtractableResponse<Response> receipt = Submissions.submit(Submissions.STREET_LIGHT);
        String caseId = receipt.path("caseId");
        ResolutionReports resolution = new ResolutionReports(codec, bootstrapServers);
        resolution.publish(caseId, resolution.statusEvent(caseId, 1, "QUEUED", Map.of()));
        ResolutionReports.awaitStatus(receipt, "QUEUED");
        ResolutionReports.lookUp(receipt).body("outcome", nullValue()).body("notes.size()", equalTo(0));
    }

    private static io.restassured.response.ValidatableResponse track(String lang, String trackingNumber,
            String accessCode) {
        return given().formParam("lang", lang).formParam("trackingNumber", trackingNumber)
                .formParam("accessCode", accessCode).contentType(ContentType.URLENC)
                .header("Sec-Fetch-Site", "same-origin")
                .when().post("/track")
                .then().log().ifValidationFails().statusCode(Status.OK.getStatusCode());
    }
}
