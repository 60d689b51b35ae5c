package org.civicgrievance.intake.status;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.civicgrievance.infra.test.TopicProbe;
import org.civicgrievance.intake.ResolutionReports;
import org.civicgrievance.intake.Submissions;
import org.civicgrievance.intake.Topics;
import org.civicgrievance.platform.events.CloudEvent;
import org.civicgrievance.platform.events.EventCodec;
import org.civicgrievance.platform.inbox.ProcessedEvent;
import org.civicgrievance.platform.inbox.ProcessedEventRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A case a dispatcher split between departments: resolution reports on each part under its own case
 * id, naming the original in splitFrom; the resident, who holds the original's tracking number and
 * access code, sees every part, and opens and rates each part with the same code.
 */
@QuarkusTest
class SplitPartsTest {

    private static final String HOSTILE = "<script>alert('x')</script> 水管明天维修";

    @Inject
    EventCodec codec;

    @Inject
    StatusUpdateRepository history;

    @Inject
    ProcessedEventRepository processed;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void theResidentSeesBothPartsOfTheirSplitCaseAndRatesEach() throws Exception {
        ExtractableResponse<Response> receipt = Submissions.submit(Submissions.STREET_LIGHT);
        String original = receipt.path("caseId");
        String number = receipt.path("trackingNumber");
        String code = receipt.path("accessCode");
        String road = UUID.randomUUID().toString();
        String water = UUID.randomUUID().toString();
        ResolutionReports resolution = new ResolutionReports(codec, bootstrapServers);

        resolution.publish(road, part(resolution, road, number + "-1", original, "transport", 1, "QUEUED",
                Map.of("resolutionDueAt", "2026-12-09T09:30:00Z")));
        resolution.publish(water, part(resolution, water, number + "-2", original, "water-affairs", 1, "QUEUED",
                Map.of("resolutionDueAt", "2026-12-10T09:30:00Z")));
        resolution.publish(water, part(resolution, water, number + "-2", original, "water-affairs", 2, "CLAIMED",
                Map.of("resolutionDueAt", "2026-12-10T09:30:00Z", "note", Map.of("kind", "NOTE", "text", HOSTILE))));
        resolution.publish(road, part(resolution, road, number + "-1", original, "transport", 2, "RESOLVED", Map.of(
                "outcome", "PARTLY_RESOLVED",
                "outcomeText", Map.of("zh", "部分解决", "en", "Partly resolved"),
                "reason", "路面需整体翻修", "whereElse", "城建热线 12319",
                "note", Map.of("kind", "RESOLUTION", "text", "已临时填补坑洞"))));
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> List.of("RESOLVED", "CLAIMED").equals(lookUp(number, code).extract().path("parts.status")));

        lookUp(number, code)
                .body("status", equalTo("SPLIT"))
                .body("statusText.zh", equalTo("已分办至 2 个部门，请查看各分项办理进度"))
                .body("statusText.en", equalTo("Split between 2 departments; see the progress of each part"))
                .body("partOf", nullValue())
                .body("parts.trackingNumber", contains(number + "-1", number + "-2"))
                .body("parts.department", contains("transport", "water-affairs"))
                .body("parts[0].outcome.code", equalTo("PARTLY_RESOLVED"))
                .body("parts[0].outcome.reason", equalTo("路面需整体翻修"))
                .body("parts[0].notes.text", contains("已临时填补坑洞"))
                .body("parts[0].resolutionDueAt", nullValue())
                .body("parts[0].awaitingRating", equalTo(true))
                .body("parts[1].outcome", nullValue())
                .body("parts[1].notes.text", contains(HOSTILE))
                .body("parts[1].resolutionDueAt", equalTo("2026-12-10T17:30:00+08:00"))
                .body("parts[1].parts", empty());
        // a part opens with the original's code, and names the case it came from
        lookUp(number + "-2", code)
                .body("partOf", equalTo(number))
                .body("department", equalTo("water-affairs"))
                .body("status", equalTo("CLAIMED"))
                .body("parts", empty());

        track("zh-CN", number, code).statusCode(Status.OK.getStatusCode())
                .body(containsString("已分办至 2 个部门"))
                .body(containsString("分办情况"))
                .body(containsString("<h3 class=\"code\">" + number + "-1</h3>"))
                .body(containsString("<h3 class=\"code\">" + number + "-2</h3>"))
                .body(containsString("<dd class=\"part-department\">water-affairs</dd>"))
                .body(containsString("<dd class=\"part-outcome\">部分解决</dd>"))
                .body(containsString("<dd class=\"part-where-else\">城建热线 12319</dd>"))
                .body(containsString("<dd class=\"part-expected-by\">2026-12-10 17:30</dd>"))
                .body(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; 水管明天维修"))
                .body(not(containsString("<script>alert")))
                // split: information goes to a part, not to the original
                .body(not(containsString("action=\"/track/information\"")));
        track("en", number, code).statusCode(Status.OK.getStatusCode())
                .body(containsString("Split between 2 departments"))
                .body(containsString("<dd class=\"part-outcome\">Partly resolved</dd>"))
                .body(containsString("Open this part (add information, rate it)"));
        track("en", number + "-1", code).statusCode(Status.OK.getStatusCode())
                .body(containsString("<dd class=\"code\" id=\"part-of\">" + number + "</dd>"))
                .body(containsString("action=\"/track/rating\""));

        // Open311: each part is a service request of its own; the original stays open, saying it was split
        given().when().get("/open311/v2/requests/{id}.json", number + "-1")
                .then().log().ifValidationFails().statusCode(Status.OK.getStatusCode())
                .body("[0].service_request_id", equalTo(number + "-1"))
                .body("[0].status", equalTo("closed"))
                .body("[0].agency_responsible", equalTo("transport"));
        given().when().get("/open311/v2/requests/{id}.json", number)
                .then().log().ifValidationFails().statusCode(Status.OK.getStatusCode())
                .body("[0].status", equalTo("open"))
                .body("[0].status_notes", equalTo("已分办至 2 个部门，请查看各分项办理进度"));

        // the resident rates the resolved part; resolution hears of it under the part's case id
        given().contentType(ContentType.JSON).header("X-Access-Code", code)
                .body(Map.of("rating", "BASICALLY_SATISFIED", "comment", "路面还要修"))
                .when().post("/api/cases/{n}/evaluations", number + "-1")
                .then().log().ifValidationFails().statusCode(Status.CREATED.getStatusCode());
        try (TopicProbe probe = TopicProbe.reading(bootstrapServers, Topics.GRIEVANCE_EVALUATED)) {
            List<ConsumerRecord<String, String>> records = probe.awaitKey(road, 1, Duration.ofSeconds(30));
            CloudEvent evaluated = codec.parse(records.get(0).value());
            assertEquals(number + "-1", evaluated.data().path("trackingNumber").asText());
            assertEquals(2, evaluated.data().path("resolutionRound").asInt());
        }
        lookUp(number, code).body("parts[0].awaitingRating", equalTo(false));
        // the split original takes no additions: its parts do
        given().contentType(ContentType.JSON).header("X-Access-Code", code).body(Map.of("text", "补充"))
                .when().post("/api/cases/{n}/supplements", number)
                .then().statusCode(Status.CONFLICT.getStatusCode());
        given().contentType(ContentType.JSON).header("X-Access-Code", code).body(Map.of("text", "水管在楼道东侧"))
                .when().post("/api/cases/{n}/supplements", number + "-2")
                .then().log().ifValidationFails().statusCode(Status.CREATED.getStatusCode());
    }

    @Test
    void anotherResidentsCodeOpensNeitherTheOriginalNorItsParts() {
        ExtractableResponse<Response> receipt = Submissions.submit(Submissions.STREET_LIGHT);
        ExtractableResponse<Response> someoneElse = Submissions.submit(Submissions.STREET_LIGHT);
        String number = receipt.path("trackingNumber");
        String part = UUID.randomUUID().toString();
        ResolutionReports resolution = new ResolutionReports(codec, bootstrapServers);
        resolution.publish(part, part(resolution, part, number + "-1", receipt.path("caseId"), "transport", 1,
                "QUEUED", Map.of()));
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> lookUp(number, receipt.path("accessCode")).extract().path("parts.size()").equals(1));

        String otherCode = someoneElse.path("accessCode");
        for (String tracking : List.of(number, number + "-1")) {
            given().header("X-Access-Code", otherCode).when().get("/api/cases/{n}", tracking)
                    .then().statusCode(Status.NOT_FOUND.getStatusCode()).body(not(containsString("transport")));
            given().formParam("lang", "zh-CN").formParam("trackingNumber", tracking).formParam("accessCode", otherCode)
                    .contentType(ContentType.URLENC).header("Sec-Fetch-Site", "same-origin")
                    .when().post("/track")
                    .then().statusCode(Status.NOT_FOUND.getStatusCode()).body(not(containsString("transport")));
        }
        // the other resident's own case shows no part of this one
        lookUp(someoneElse.path("trackingNumber"), otherCode).body("status", equalTo("SUBMITTED")).body("parts", empty());
    }

    @Test
    void redeliveredStaleAndLateEventsChangeNothing() {
        ExtractableResponse<Response> receipt = Submissions.submit(Submissions.STREET_LIGHT);
        String original = receipt.path("caseId");
        String number = receipt.path("trackingNumber");
        String code = receipt.path("accessCode");
        String part = UUID.randomUUID().toString();
        ResolutionReports resolution = new ResolutionReports(codec, bootstrapServers);

        // the part's second change arrives first; then its first, late; then the second again, redelivered
        CloudEvent claimed = part(resolution, part, number + "-1", original, "transport", 2, "CLAIMED", Map.of());
        resolution.publish(part, claimed);
        resolution.publish(part, part(resolution, part, number + "-1", original, "transport", 1, "QUEUED", Map.of()));
        resolution.publish(part, claimed);
        // a different event at a position already applied, and a late change for the original itself
        resolution.publish(part, part(resolution, part, number + "-1", original, "transport", 2, "RESOLVED",
                Map.of("outcome", "RESOLVED")));
        CloudEvent lateForOriginal = resolution.statusEvent(original, 5, "QUEUED", Map.of());
        resolution.publish(original, lateForOriginal);
        // an unrelated part naming the same original with a number not derived from it is refused
        String stranger = UUID.randomUUID().toString();
        CloudEvent strangerEvent = part(resolution, stranger, "GR-1999-00000001-1", original, "housing", 1, "QUEUED",
                Map.of());
        resolution.publish(stranger, strangerEvent);
        // then the marker: once it shows, every event before it on the part's partition was applied
        resolution.publish(part, part(resolution, part, number + "-1", original, "transport", 3, "IN_PROGRESS",
                Map.of()));
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> List.of("IN_PROGRESS").equals(lookUp(number, code).extract().path("parts.status")));

        lookUp(number, code)
                .body("status", equalTo("SPLIT"))
                .body("statusText.en", equalTo("Split between 1 departments; see the progress of each part"))
                .body("parts.trackingNumber", contains(number + "-1"))
                .body("parts[0].outcome", nullValue());
        assertEquals(List.of(2, 3), sequencesOf(part), "the part's history: each position once, the stale one never");
        // once the original's late event and the stranger's were consumed: the original's history is the split only
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> consumed(lateForOriginal) && consumed(strangerEvent));
        assertEquals(List.of(1), sequencesOf(original));
        lookUp(number, code).body("status", equalTo("SPLIT")).body("parts.size()", equalTo(1));
        given().header("X-Access-Code", code).when().get("/api/cases/{n}", "GR-1999-00000001-1")
                .then().statusCode(Status.NOT_FOUND.getStatusCode());
    }

    private boolean consumed(CloudEvent event) {
        return QuarkusTransaction.requiringNew().call(
                () -> processed.findById(new ProcessedEvent.Key("intake-service", event.id())) != null);
    }

    private List<Integer> sequencesOf(String caseId) {
        return QuarkusTransaction.requiringNew().call(() -> history.list("grievanceId = ?1 order by sequence", caseId)
                .stream().map(StatusUpdate::getSequence).toList());
    }

    /** A status change of one part, as resolution reports it: the part's own number, and the original named. */
    private static CloudEvent part(ResolutionReports resolution, String partId, String trackingNumber, String original,
            String department, int sequence, String status, Map<String, Object> told) {
        Map<String, Object> data = new LinkedHashMap<>(told);
        data.put("trackingNumber", trackingNumber);
        data.put("splitFrom", original);
        data.put("department", department);
        return resolution.statusEvent(partId, sequence, status, data);
    }

    private static ValidatableResponse lookUp(String trackingNumber, String accessCode) {
        return given().header("X-Access-Code", accessCode)
                .when().get("/api/cases/{n}", trackingNumber)
                .then().log().ifValidationFails().statusCode(Status.OK.getStatusCode());
    }

    private static ValidatableResponse track(String lang, String trackingNumber, String accessCode) {
        return given().formParam("lang", lang).formParam("trackingNumber", trackingNumber)
                .formParam("accessCode", accessCode).contentType(ContentType.URLENC)
                .header("Sec-Fetch-Site", "same-origin")
                .when().post("/track")
                .then().log().ifValidationFails();
    }
}
