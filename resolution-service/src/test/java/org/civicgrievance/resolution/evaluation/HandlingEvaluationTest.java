package org.civicgrievance.resolution.evaluation;

import static io.restassured.RestAssured.given;
import static org.civicgrievance.resolution.StaffActions.claim;
import static org.civicgrievance.resolution.StaffActions.post;
import static org.civicgrievance.resolution.StaffActions.resolve;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import org.awaitility.Awaitility;
import org.civicgrievance.infra.test.StaffTokens;
import org.civicgrievance.infra.test.TopicProbe;
import org.civicgrievance.platform.events.CloudEvent;
import org.civicgrievance.platform.events.EventCodec;
import org.civicgrievance.resolution.RoutedCases;
import org.junit.jupiter.api.Test;

/** 一诺双评: a supervisor rates handling once per resolution; the month's stars combine both evaluations. */
@QuarkusTest
class HandlingEvaluationTest {

    private static final String INSPECTOR = StaffTokens.inspector("li.qiang");

    @Inject
    RoutedCases routedCases;

    @Inject
    EventCodec codec;

    @Test
    void aSupervisorRatesAResolutionOnceAndTheMonthsStarsCombineItWithTheResidents() {
        String department = "parks-" + UUID.randomUUID().toString().substring(0, 8);
        String handler = StaffTokens.handler("wang.li", department);
        String supervisor = StaffTokens.supervisor("zhao.min", department);
        String caseId = routedCases.queued(department).subject();

        rate(caseId, supervisor, 4).statusCode(Status.CONFLICT.getStatusCode()).body("type", endsWith(":not-resolved"));
        claim(caseId, handler);
        int round = resolve(caseId, handler, "已修剪树枝").statusCode(Status.OK.getStatusCode())
                .extract().path("resolutionRound");

        rate(caseId, supervisor, 6).statusCode(Status.BAD_REQUEST.getStatusCode()).body("errors.field", contains("stars"));
        rate(caseId, handler, 4).statusCode(Status.FORBIDDEN.getStatusCode());
        rate(caseId, INSPECTOR, 4).statusCode(Status.FORBIDDEN.getStatusCode());
        rate(caseId, StaffTokens.supervisor("sun.hao", "water-affairs"), 4).statusCode(Status.NOT_FOUND.getStatusCode());
        post(caseId, supervisor, "handling-rating", Map.of("stars", 5, "comment", "处理及时"))
                .statusCode(Status.CREATED.getStatusCode())
                .body("handler", equalTo("wang.li")).body("resolutionRound", equalTo(round));
        rate(caseId, supervisor, 5).statusCode(Status.CONFLICT.getStatusCode()).body("type", endsWith(":already-rated"));
        given().auth().oauth2(handler).when().get("/api/cases/{id}/handling-ratings", caseId)
                .then().statusCode(Status.OK.getStatusCode()).body("stars", contains(5)).body("ratedBy", contains("zhao.min"));
        given().auth().oauth2(INSPECTOR).queryParam("caseId", caseId).when().get("/api/audit")
                .then().body("action", hasItem("HANDLING_RATED"));

        residentRates(caseId, round, "BASICALLY_SATISFIED");
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> "CLOSED"
                .equals(given().auth().oauth2(handler).when().get("/api/cases/{id}", caseId).then().extract().path("status")));

        String month = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
        stars(supervisor, month, null).statusCode(Status.OK.getStatusCode())
                .body("departments.department", contains(department))
                .body("departments[0].resident.count", equalTo(1))
                .body("departments[0].resident.average", equalTo(4.0f))
                .body("departments[0].supervisor.average", equalTo(5.0f))
                .body("departments[0].combined.count", equalTo(2))
                .body("departments[0].combined.average", equalTo(4.5f))
                .body("departments[0].handlers.handler", contains("wang.li"))
                .body("departments[0].handlers[0].combined.average", equalTo(4.5f));
        stars(INSPECTOR, month, department).statusCode(Status.OK.getStatusCode())
                .body("departments[0].supervisor.count", equalTo(1));
        stars(INSPECTOR, month, null).statusCode(Status.OK.getStatusCode())
                .body("departments.department", hasItem(department));
        stars(INSPECTOR, "2001-01", department).statusCode(Status.OK.getStatusCode())
                .body("departments.size()", equalTo(0));
        stars(StaffTokens.supervisor("sun.hao", "water-affairs"), month, department)
                .statusCode(Status.FORBIDDEN.getStatusCode());
        stars(handler, month, department).statusCode(Status.FORBIDDEN.getStatusCode());
        stars(supervisor, "November", null).statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("errors.field", contains("month"));
    }

    @Test
    void aSupervisorDoesNotRateTheirOwnHandling() {
        String department = "parks-" + UUID.randomUUID().toString().substring(0, 8);
        String supervisor = StaffTokens.supervisor("zhao.min", department);
        String caseId = routedCases.queued(department).subject();
        claim(caseId, supervisor);
        resolve(caseId, supervisor, "我亲自处理的").statusCode(Status.OK.getStatusCode());
        rate(caseId, supervisor, 5).statusCode(Status.CONFLICT.getStatusCode()).body("type", endsWith(":own-handling"));
        rate(caseId, StaffTokens.supervisor("qian.wei", department), 5).statusCode(Status.CREATED.getStatusCode())
                .body("comment", nullValue());
    }

    private static ValidatableResponse rate(String caseId, String token, int stars) {
        return post(caseId, token, "handling-rating", Map.of("stars", stars));
    }

    private static ValidatableResponse stars(String token, String month, String department) {
        var request = given().auth().oauth2(token).queryParam("month", month);
        if (department != null) {
            request = request.queryParam("department", department);
        }
        return request.when().get("/api/evaluations/stars").then().log().ifValidationFails();
    }

    private void residentRates(String caseId, int round, String rating) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("caseId", caseId);
        data.put("evaluationId", UUID.randomUUID().toString());
        data.put("resolutionRound", round);
        data.put("rating", rating);
        data.put("evaluatedAt", Instant.now().toString());
        CloudEvent event = CloudEvent.of("/intake-service", "grievance.evaluated", caseId,
                "0123456789abcdef0123456789abcdef", Instant.now(), codec.toTree(data));
        TopicProbe.send(routedCases.bootstrapServers(), "grievance.evaluated", null, caseId, codec.write(event));
    }
}
