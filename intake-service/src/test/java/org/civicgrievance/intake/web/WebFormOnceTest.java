package org.civicgrievance.intake.web;

import static io.restassured.RestAssured.given;
import static org.civicgrievance.intake.web.WebFormTest.ACCESS_CODE;
import static org.civicgrievance.intake.web.WebFormTest.FORM;
import static org.civicgrievance.intake.web.WebFormTest.TRACKING_NUMBER;
import static org.civicgrievance.intake.web.WebFormTest.find;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import org.civicgrievance.intake.grievance.GrievanceRepository;
import org.civicgrievance.platform.outbox.OutboxEventRepository;
import org.junit.jupiter.api.Test;

/** The case form's one-time key: a double click, a re-post or a parallel post make one case. */
@QuarkusTest
class WebFormOnceTest {

    private static final String ADDRESS = "幸福路与解放路交叉口";
    private static final Pattern KEY = Pattern.compile("name=\"submissionKey\" value=\"([^\"]+)\"");

    @Inject
    GrievanceRepository grievances;

    @Inject
    OutboxEventRepository outbox;

    @Test
    void eachDetailsPageCarriesItsOwnKeyAndIsNeverCached() {
        Response first = detailsPage("zh-CN");
        first.then().statusCode(Status.OK.getStatusCode()).header("Cache-Control", "no-store");
        String key = find(KEY, first.asString());
        assertNotEquals(key, find(KEY, detailsPage("zh-CN").asString()));
        assertEquals(22, key.length(), "128 random bits, URL-safe");
    }

    @Test
    void aDoublePostShowsTheSameReceiptTwiceAndMakesOneCase() {
        String key = find(KEY, detailsPage("zh-CN").asString());
        String title = uniqueTitle();

        Response first = post(report("zh-CN", key, title, ADDRESS));
        first.then().log().ifValidationFails().statusCode(Status.OK.getStatusCode())
                .body(containsString("<h1>提交成功</h1>"));
        Response second = post(report("zh-CN", key, title, ADDRESS));
        second.then().log().ifValidationFails().statusCode(Status.OK.getStatusCode())
                .header("Cache-Control", "no-store")
                .body(containsString("<h1>提交成功</h1>"));

        String trackingNumber = find(TRACKING_NUMBER, first.asString());
        assertEquals(trackingNumber, find(TRACKING_NUMBER, second.asString()));
        assertEquals(find(ACCESS_CODE, first.asString()), find(ACCESS_CODE, second.asString()));
        assertEquals(1, casesTitled(title));
        assertEquals(1, submittedEvents(trackingNumber));
    }

    @Test
    void parallelPostsWithOneKeyMakeOneCase() throws Exception {
        String key = find(KEY, detailsPage("en").asString());
        String title = uniqueTitle();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            Callable<String> click = () -> {
                Response receipt = post(report("en", key, title, ADDRESS));
                receipt.then().log().ifValidationFails().statusCode(Status.OK.getStatusCode());
                return find(TRACKING_NUMBER, receipt.asString()) + " " + find(ACCESS_CODE, receipt.asString());
            };
            Set<String> receipts = new HashSet<>();
            for (Future<String> answer : pool.invokeAll(List.of(click, click, click, click, click, click))) {
                receipts.add(answer.get());
            }
            assertEquals(1, receipts.size(), "every click shows the same receipt");
            assertEquals(1, casesTitled(title));
            assertEquals(1, submittedEvents(receipts.iterator().next().split(" ")[0]));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCorrectedRepostAfterAnErrorKeepsTheKeyAndMakesOneCase() {
        String key = find(KEY, detailsPage("zh-CN").asString());
        String title = uniqueTitle();

        Response refused = post(report("zh-CN", key, title, ""));
        refused.then().log().ifValidationFails().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body(containsString("<a href=\"#address\">详细地址：请填写此项</a>"));
        assertEquals(key, find(KEY, refused.asString()), "the corrected form is the same submission");

        Response accepted = post(report("zh-CN", key, title, ADDRESS));
        accepted.then().log().ifValidationFails().statusCode(Status.OK.getStatusCode());
        Response again = post(report("zh-CN", key, title, ADDRESS));
        again.then().statusCode(Status.OK.getStatusCode());

        assertEquals(find(TRACKING_NUMBER, accepted.asString()), find(TRACKING_NUMBER, again.asString()));
        assertEquals(1, casesTitled(title));
    }

    @Test
    void aKeyReusedForOtherDetailsIsSaidInThePageLanguageAndMakesNoCase() {
        String key = find(KEY, detailsPage("en").asString());
        String first = uniqueTitle();
        post(report("en", key, first, ADDRESS)).then().statusCode(Status.OK.getStatusCode());

        // back, edit, send again: the same form with other details
        String edited = uniqueTitle();
        Response page = post(report("en", key, edited, ADDRESS));
        page.then().log().ifValidationFails().statusCode(422)
                .header("Cache-Control", "no-store")
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("This form was already sent once with different details, so no second case was made"))
                .body(containsString("value=\"" + edited + "\""))
                .body(not(containsString("<h1>Case submitted</h1>")));
        assertEquals(0, casesTitled(edited));
        assertEquals(1, casesTitled(first));

        String newKey = find(KEY, page.asString());
        assertNotEquals(key, newKey, "sending it again now is a new submission");
        post(report("en", newKey, edited, ADDRESS)).then().statusCode(Status.OK.getStatusCode());
        assertEquals(1, casesTitled(edited));

        post(report("zh-CN", key, uniqueTitle(), ADDRESS)).then().statusCode(422)
                .body(containsString("这张表单已经提交过一次"));
    }

    @Test
    void aMissingOrMalformedKeyIsATamperedFormThatKeepsWhatWasTyped() {
        String title = uniqueTitle();
        for (String bad : List.of("", "with space", "x".repeat(129))) {
            Response page = post(report("zh-CN", bad, title, ADDRESS));
            page.then().log().ifValidationFails().statusCode(Status.BAD_REQUEST.getStatusCode())
                    .body(containsString("<html lang=\"zh-CN\">"))
                    .body(containsString("这张表单已失效，没有提交"))
                    .body(containsString("value=\"" + title + "\""));
            assertEquals(22, find(KEY, page.asString()).length(), "a fresh key to send it with");
        }
        Response withoutKey = post(given().formParam("lang", "en").formParam("kind", "COMPLAINT")
                .formParam("category", "road-damage").formParam("title", title).formParam("description", "坑")
                .formParam("address", "幸福路1号").formParam("attributes[hazard]", "pothole"));
        withoutKey.then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body(containsString("This form has expired and was not sent"));
        assertEquals(0, casesTitled(title));
    }

    private static Response detailsPage(String lang) {
        return given().queryParam("lang", lang).queryParam("kind", "COMPLAINT").queryParam("category", "road-damage")
                .when().get("/report/details");
    }

    private static RequestSpecification report(String lang, String key, String title, String address) {
        return given().formParam("lang", lang).formParam("kind", "COMPLAINT").formParam("category", "road-damage")
                .formParam("submissionKey", key).formParam("title", title)
                .formParam("description", "幸福路与解放路交叉口有个大坑，电动车已经摔倒两次")
                .formParam("address", address).formParam("attributes[hazard]", "pothole");
    }

    private static Response post(RequestSpecification form) {
        return form.contentType(FORM).header("Sec-Fetch-Site", "same-origin").when().post("/report");
    }

    /** A title no other test uses, so its cases can be counted. */
    private static String uniqueTitle() {
        return "大坑 " + UUID.randomUUID();
    }

    private long casesTitled(String title) {
        return QuarkusTransaction.requiringNew().call(() -> grievances.count("title", title));
    }

    private long submittedEvents(String trackingNumber) {
        return QuarkusTransaction.requiringNew().call(() -> outbox
                .findByKey(grievances.findByTrackingNumber(trackingNumber).orElseThrow().getId()).stream()
                .filter(event -> event.getTopic().equals("grievance.submitted")).count());
    }
}
