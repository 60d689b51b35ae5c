package org.civicgrievance.resolution.casework;

import static io.restassured.RestAssured.given;
import static org.civicgrievance.resolution.StaffActions.claim;
import static org.civicgrievance.resolution.StaffActions.merge;
import static org.civicgrievance.resolution.StaffActions.note;
import static org.civicgrievance.resolution.StaffActions.resolve;
import static org.civicgrievance.resolution.StaffActions.resume;
import static org.civicgrievance.resolution.StaffActions.returnToRouting;
import static org.civicgrievance.resolution.StaffActions.start;
import static org.civicgrievance.resolution.StaffActions.waitForResident;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;

import io.quarkus.test.junit.QuarkusTest;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.civicgrievance.infra.test.StaffTokens;
import org.civicgrievance.infra.test.TopicProbe;
import org.civicgrievance.platform.events.CloudEvent;
import org.civicgrievance.platform.events.EventCodec;
import org.civicgrievance.resolution.RoutedCases;
import org.civicgrievance.resolution.TestClock;
import org.civicgrievance.resolution.deadline.Shanghai;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The lifecycle through the API, over the real broker and database: what staff do, what residents are told. */
@QuarkusTest
class CaseLifecycleApiTest {

    private static final String STATUS_CHANGED = "case.status-changed";
    private static final String RETURNED = "grievance.returned";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String URBAN = "urban-management";
    private static final String WANG = StaffTokens.handler("wang.li", URBAN);
    private static final String LI = StaffTokens.handler("li.na", URBAN);
    private static final String ZHAO = StaffTokens.supervisor("zhao.min", URBAN);
    private static final String WATER = StaffTokens.handler("sun.hao", "water-affairs");
    private static final String INSPECTOR = StaffTokens.inspector("li.qiang");

    @Inject
    RoutedCases routedCases;

    @Inject
    EventCodec codec;

    @Inject
    TestClock clock;

    @Inject
    WaitingLimit waitingLimit;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aCaseIsStartedWaitsForTheResidentResumesAndIsPartlyResolvedWithEveryStepToldToTheResident() {
        String caseId = routedCases.queued(URBAN).subject();
        claim(caseId, WANG).statusCode(Status.OK.getStatusCode());
        start(caseId, WANG).statusCode(Status.OK.getStatusCode()).body("status", equalTo("IN_PROGRESS"));
        waitForResident(caseId, WANG, "请拍一张路灯的照片 <script>x</script>").statusCode(Status.OK.getStatusCode())
                .body("status", equalTo("WAITING_FOR_RESIDENT"))
                .body("waitingUntil", not(nullValue()));
        resume(caseId, WANG).statusCode(Status.OK.getStatusCode())
                .body("status", equalTo("IN_PROGRESS")).body("waitingUntil", nullValue());
        note(caseId, WANG, "内部：电力公司负责线路", false).statusCode(Status.CREATED.getStatusCode())
                .body("visibleToResident", equalTo(false)).body("statusSequence", nullValue());
        note(caseId, WANG, "已联系供电公司，预计周五维修", true).statusCode(Status.CREATED.getStatusCode())
                .body("visibleToResident", equalTo(true)).body("statusSequence", equalTo(6));
        resolve(caseId, WANG, Map.of("outcome", "PARTLY_RESOLVED", "note", "已更换灯泡，线路老化待改造",
                "reason", "线路改造需列入明年计划")).statusCode(Status.OK.getStatusCode())
                .body("status", equalTo("RESOLVED"))
                .body("outcome", equalTo("PARTLY_RESOLVED"))
                .body("outcomeReason", equalTo("线路改造需列入明年计划"));

        given().auth().oauth2(WANG).when().get("/api/cases/{id}/history", caseId)
                .then().body("to", contains("QUEUED", "CLAIMED", "IN_PROGRESS", "WAITING_FOR_RESIDENT", "IN_PROGRESS",
                        "RESOLVED"));
        given().auth().oauth2(INSPECTOR).when().get("/api/cases/{id}/notes", caseId)
                .then().statusCode(Status.OK.getStatusCode())
                .body("kind", contains("QUESTION", "NOTE", "NOTE", "RESOLUTION"))
                .body("visibleToResident", contains(true, false, true, true));

        List<JsonNode> told = statusChanges(caseId, 7);
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), told.stream().map(d -> d.path("sequence").asInt()).toList());
        assertEquals(List.of("QUEUED", "CLAIMED", "IN_PROGRESS", "WAITING_FOR_RESIDENT", "IN_PROGRESS", "IN_PROGRESS",
                "RESOLVED"), told.stream().map(d -> d.path("status").asText()).toList());
        JsonNode question = told.get(3);
        assertEquals("QUESTION", question.path("note").path("kind").asText());
        assertEquals("请拍一张路灯的照片 <script>x</script>", question.path("note").path("text").asText());
        assertEquals("已联系供电公司，预计周五维修", told.get(5).path("note").path("text").asText());
        JsonNode resolved = told.get(6);
        assertEquals("PARTLY_RESOLVED", resolved.path("outcome").asText());
        assertEquals("问题部分解决", resolved.path("outcomeText").path("zh").asText());
        assertEquals("Your problem has been partly solved", resolved.path("outcomeText").path("en").asText());
        assertEquals("线路改造需列入明年计划", resolved.path("reason").asText());
        assertEquals("RESOLUTION", resolved.path("note").path("kind").asText());
        assertEquals("已更换灯泡，线路老化待改造", resolved.path("note").path("text").asText());
        for (JsonNode each : told) {
            assertFalse(each.toString().contains("内部"), "an internal note never leaves resolution: " + each);
        }
    }

    @Test
    void illegalTransitionsAreConflictsSayingWhatIsAllowed() {
        String caseId = routedCases.queued(URBAN).subject();
        start(caseId, WANG).statusCode(Status.CONFLICT.getStatusCode()).contentType(PROBLEM_JSON)
                .body("currentStatus", equalTo("QUEUED"))
                .body("allowedTransitions", contains("CLAIMED", "RETURNED", "MERGED"));
        claim(caseId, WANG);
        start(caseId, WANG);
        start(caseId, WANG).statusCode(Status.CONFLICT.getStatusCode())
                .body("currentStatus", equalTo("IN_PROGRESS"))
                .body("allowedTransitions", contains("WAITING_FOR_RESIDENT", "RESOLVED", "RETURNED", "MERGED"));
        waitForResident(caseId, WANG, "几点坏的？");
        resolve(caseId, WANG, "done").statusCode(Status.CONFLICT.getStatusCode())
                .body("currentStatus", equalTo("WAITING_FOR_RESIDENT"))
                .body("allowedTransitions", contains("IN_PROGRESS"));
        resume(caseId, WANG);
        resolve(caseId, WANG, "已修好");
        returnToRouting(caseId, WANG, "不是我们的").statusCode(Status.CONFLICT.getStatusCode())
                .body("currentStatus", equalTo("RESOLVED"))
                .body("allowedTransitions", contains("REOPENED", "CLOSED"));
        note(caseId, WANG, "补充说明", true).statusCode(Status.CONFLICT.getStatusCode())
                .body("type", endsWith(":not-open-for-notes"));
        note(caseId, WANG, "内部备注可以", false).statusCode(Status.CREATED.getStatusCode());
    }

    @Test
    void outcomesAndRequestsAreValidatedNamingTheField() {
        String caseId = routedCases.queued(URBAN).subject();
        claim(caseId, WANG);
        resolve(caseId, WANG, Map.of("outcome", "NOT_RESOLVABLE", "note", "抱歉")).statusCode(
                Status.BAD_REQUEST.getStatusCode()).contentType(PROBLEM_JSON)
                .body("errors.field", contains("reason", "whereElse"));
        resolve(caseId, WANG, Map.of("outcome", "NOT_OUR_REMIT", "note", "抱歉")).statusCode(
                Status.BAD_REQUEST.getStatusCode()).body("errors.field", contains("whereElse"));
        resolve(caseId, WANG, Map.of("outcome", "DUPLICATE", "note", "重复")).statusCode(
                Status.BAD_REQUEST.getStatusCode()).body("errors.field", contains("outcome"));
        resolve(caseId, WANG, Map.of("outcome", "FIXED", "note", "x")).statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("errors.field", contains("outcome"));
        resolve(caseId, WANG, Map.of("note", "x")).statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("errors.field", contains("outcome"));
        waitForResident(caseId, WANG, " ").statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("errors.field", contains("question"));
        returnToRouting(caseId, WANG, "").statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("errors.field", contains("reason"));
        merge(caseId, WANG, "GR-2026-99999999").statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("errors.field", contains("into"));
        note(caseId, WANG, "  ", false).statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("errors.field", contains("text"));

        resolve(caseId, WANG, Map.of("outcome", "NOT_OUR_REMIT", "note", "此事属于法院管辖",
                "whereElse", "鼓楼区人民法院立案庭")).statusCode(Status.OK.getStatusCode())
                .body("outcome", equalTo("NOT_OUR_REMIT")).body("whereElse", equalTo("鼓楼区人民法院立案庭"));
        JsonNode told = statusChanges(caseId, 3).get(2);
        assertEquals("不属于本机关职责范围", told.path("outcomeText").path("zh").asText());
        assertEquals("鼓楼区人民法院立案庭", told.path("whereElse").asText());
    }

    @Test
    void aReturnedCaseEmitsGrievanceReturnedOnceAndIsRequeuedWhereRoutingPlacesItNext() {
        CloudEvent routed = routedCases.queued(URBAN);
        String caseId = routed.subject();
        claim(caseId, WANG);
        returnToRouting(caseId, WANG, "路灯归供电公司管，不属于城管").statusCode(Status.OK.getStatusCode())
                .body("status", equalTo("RETURNED")).body("handler", nullValue());

        try (TopicProbe probe = TopicProbe.reading(routedCases.bootstrapServers(), RETURNED)) {
            List<ConsumerRecord<String, String>> records = probe.awaitKey(caseId, 1, Duration.ofSeconds(30));
            assertEquals(1, records.size());
            CloudEvent returned = codec.parse(records.get(0).value());
            assertEquals(RETURNED, returned.type());
            assertEquals(caseId, returned.subject());
            JsonNode data = returned.data();
            assertEquals(caseId, data.path("caseId").asText());
            assertEquals(routed.data().path("trackingNumber").asText(), data.path("trackingNumber").asText());
            assertEquals(URBAN, data.path("department").asText());
            assertEquals("路灯归供电公司管，不属于城管", data.path("reason").asText());
            assertEquals("wang.li", data.path("returnedBy").asText());
            assertTrue(data.hasNonNull("returnedAt"));
            assertEquals(1, probe.awaitKey(caseId, 2, Duration.ofSeconds(2)).size(), "returned once");
        }

        CloudEvent placedAgain = routedCases.rerouted(routed, "water-affairs");
        routedCases.send(placedAgain, null);
        routedCases.awaitQueued("water-affairs", caseId);
        routedCases.send(placedAgain, null); // redelivered: changes nothing
        given().auth().oauth2(WATER).when().get("/api/cases/{id}", caseId)
                .then().statusCode(Status.OK.getStatusCode())
                .body("status", equalTo("QUEUED")).body("handler", nullValue())
                .body("department", equalTo("water-affairs"))
                .body("routingReason", equalTo("rule 2 v1 matched after a return"));
        given().auth().oauth2(WANG).when().get("/api/cases/{id}", caseId)
                .then().statusCode(Status.NOT_FOUND.getStatusCode());

        // a placement of a case that is not returned (here: claimed in water-affairs) changes nothing
        claim(caseId, WATER).statusCode(Status.OK.getStatusCode());
        routedCases.send(routedCases.rerouted(routed, URBAN), null);
        CloudEvent marker = routedCases.routed("water-affairs");
        routedCases.send(marker, null);
        routedCases.awaitQueued("water-affairs", marker.subject());
        given().auth().oauth2(INSPECTOR).when().get("/api/cases/{id}/history", caseId)
                .then().body("to", contains("QUEUED", "CLAIMED", "RETURNED", "QUEUED", "CLAIMED"))
                .body("actor", contains("routing-service", "wang.li", "wang.li", "routing-service", "sun.hao"));
        given().auth().oauth2(INSPECTOR).when().get("/api/cases/{id}", caseId)
                .then().body("department", equalTo("water-affairs")).body("returnCount", equalTo(1));
    }

    @Test
    void aWaitingCaseResumesWhenTheResidentAddsInformation() {
        String caseId = routedCases.queued(URBAN).subject();
        claim(caseId, WANG);
        waitForResident(caseId, WANG, "请告诉我们具体是哪一盏灯");
        CloudEvent supplemented = CloudEvent.of("/intake-service", "grievance.supplemented", caseId,
                "0123456789abcdef0123456789abcdef", Instant.now(), codec.toTree(Map.of("caseId", caseId,
                        "supplementId", UUID.randomUUID().toString(), "text", "门口第三盏",
                        "addedAt", Instant.now().toString())));
        TopicProbe.send(routedCases.bootstrapServers(), "grievance.supplemented", null, caseId, codec.write(supplemented));
        awaitStatus(caseId, "IN_PROGRESS");
        given().auth().oauth2(WANG).when().get("/api/cases/{id}/history", caseId)
                .then().body("to", contains("QUEUED", "CLAIMED", "WAITING_FOR_RESIDENT", "IN_PROGRESS"))
                .body("actor[3]", equalTo("resident"));
    }

    /** Five working days on cn-standard: the start day is not counted, weekends are not either. */
    @Test
    void aWaitingCaseResumesByItselfOnceTheWaitingLimitPasses() {
        clock.setTo(Shanghai.MONDAY_0930); // Monday 30 November 2026
        String caseId = routedCases.queued(URBAN).subject();
        String stillWaiting = routedCases.queued(URBAN).subject();
        claim(caseId, WANG);
        waitForResident(caseId, WANG, "请提供照片"); // waits until Monday 7 December, 17:30
        clock.setTo(Shanghai.at("2026-12-03T09:30"));
        claim(stillWaiting, WANG);
        waitForResident(stillWaiting, WANG, "请提供照片"); // waits until Thursday 10 December, 17:30

        clock.setTo(Shanghai.at("2026-12-07T17:29")); // five calendar days would have ended on Saturday
        waitingLimit.resumeDue();
        given().auth().oauth2(WANG).when().get("/api/cases/{id}", caseId)
                .then().body("status", equalTo("WAITING_FOR_RESIDENT"));

        clock.setTo(Shanghai.at("2026-12-07T17:31"));
        assertTrue(waitingLimit.resumeDue() >= 1);

        given().auth().oauth2(WANG).when().get("/api/cases/{id}/history", caseId)
                .then().body("to", contains("QUEUED", "CLAIMED", "WAITING_FOR_RESIDENT", "IN_PROGRESS"))
                .body("actor[3]", equalTo("waiting-limit"))
                .body("detail[3]", equalTo("the waiting limit of 5 working days passed"));
        given().auth().oauth2(WANG).when().get("/api/cases/{id}", stillWaiting)
                .then().body("status", equalTo("WAITING_FOR_RESIDENT"));
        assertEquals("IN_PROGRESS", statusChanges(caseId, 4).get(3).path("status").asText());
    }

    @Test
    void whoMayDoWhat() {
        String caseId = routedCases.queued(URBAN).subject();
        // another department: the case does not exist for them
        for (var action : List.of("start", "resume")) {
            org.civicgrievance.resolution.StaffActions.post(caseId, WATER, action, null).statusCode(Status.NOT_FOUND.getStatusCode());
        }
        returnToRouting(caseId, WATER, "x").statusCode(Status.NOT_FOUND.getStatusCode());
        note(caseId, WATER, "x", false).statusCode(Status.NOT_FOUND.getStatusCode());
        given().auth().oauth2(WATER).when().get("/api/cases/{id}/notes", caseId)
                .then().statusCode(Status.NOT_FOUND.getStatusCode());
        // inspectors read, never change
        start(caseId, INSPECTOR).statusCode(Status.FORBIDDEN.getStatusCode());
        waitForResident(caseId, INSPECTOR, "q").statusCode(Status.FORBIDDEN.getStatusCode());
        resume(caseId, INSPECTOR).statusCode(Status.FORBIDDEN.getStatusCode());
        returnToRouting(caseId, INSPECTOR, "x").statusCode(Status.FORBIDDEN.getStatusCode());
        merge(caseId, INSPECTOR, "x").statusCode(Status.FORBIDDEN.getStatusCode());
        note(caseId, INSPECTOR, "x", false).statusCode(Status.FORBIDDEN.getStatusCode());
        given().auth().oauth2(INSPECTOR).when().get("/api/cases/{id}/notes", caseId)
                .then().statusCode(Status.OK.getStatusCode());

        // held: only the holder works it; a colleague may write internal notes; a supervisor returns or merges
        claim(caseId, WANG);
        start(caseId, LI).statusCode(Status.CONFLICT.getStatusCode()).body("type", endsWith(":not-case-holder"));
        returnToRouting(caseId, LI, "x").statusCode(Status.CONFLICT.getStatusCode())
                .body("type", endsWith(":not-case-holder"));
        note(caseId, LI, "同事的内部备注", false).statusCode(Status.CREATED.getStatusCode());
        note(caseId, LI, "给居民的话", true).statusCode(Status.CONFLICT.getStatusCode());
        String original = routedCases.queued(URBAN).subject();
        String originalNumber = given().auth().oauth2(WANG).when().get("/api/cases/{id}", original)
                .then().extract().path("trackingNumber");
        merge(caseId, ZHAO, originalNumber).statusCode(Status.OK.getStatusCode())
                .body("status", equalTo("MERGED")).body("outcome", equalTo("DUPLICATE"))
                .body("mergedInto", equalTo(original));
        JsonNode told = statusChanges(caseId, 3).get(2);
        assertEquals("DUPLICATE", told.path("outcome").asText());
        assertFalse(told.toString().contains(originalNumber), "the resident is not told another resident's case");

        // a queued case has no holder: any of the department's handlers may send it back
        String queued = routedCases.queued(URBAN).subject();
        returnToRouting(queued, LI, "属于水务").statusCode(Status.OK.getStatusCode());
        merge(original, WANG, routedCases.queued("water-affairs").subject()).statusCode(
                Status.BAD_REQUEST.getStatusCode()).body("errors.field", contains("into"));
    }

    private List<JsonNode> statusChanges(String caseId, int count) {
        try (TopicProbe probe = TopicProbe.reading(routedCases.bootstrapServers(), STATUS_CHANGED)) {
            List<JsonNode> told = probe.awaitKey(caseId, count, Duration.ofSeconds(30)).stream()
                    .map(r -> codec.parse(r.value()).data()).toList();
            assertEquals(count, told.size());
            return told;
        }
    }

    private static void awaitStatus(String caseId, String status) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> status.equals(
                given().auth().oauth2(WANG).when().get("/api/cases/{id}", caseId).then().extract().path("status")));
    }
}
