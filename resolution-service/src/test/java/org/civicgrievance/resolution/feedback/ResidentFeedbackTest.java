package org.civicgrievance.resolution.feedback;

import static io.restassured.RestAssured.given;
import static org.civicgrievance.resolution.StaffActions.claim;
import static org.civicgrievance.resolution.StaffActions.resolve;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;

import io.quarkus.test.junit.QuarkusTest;

import org.awaitility.Awaitility;
import org.civicgrievance.infra.test.StaffTokens;
import org.civicgrievance.infra.test.TopicProbe;
import org.civicgrievance.platform.events.CloudEvent;
import org.civicgrievance.platform.events.EventCodec;
import org.civicgrievance.resolution.RoutedCases;
import org.junit.jupiter.api.Test;

/** Residents' additions reach the department; their ratings close or reopen the case, each event once. */
@QuarkusTest
class ResidentFeedbackTest {

    private static final String WANG = StaffTokens.handler("wang.li", "urban-management");
    private static final String ZHAO = StaffTokens.handler("zhao.min", "water-affairs");

    @Inject
    RoutedCases routedCases;

    @Inject
    EventCodec codec;

    @Test
    void aDissatisfiedRatingReopensTheCaseWithItsHandlerAndASatisfiedOneClosesIt() {
        String caseId = routedCases.queued("urban-management").subject();
        claim(caseId, WANG).statusCode(Status.OK.getStatusCode());
        resolve(caseId, WANG, "已更换灯泡").statusCode(Status.OK.getStatusCode()).body("status", equalTo("RESOLVED"));
        int resolvedRound = 3; // queued 1, claimed 2, resolved 3

        CloudEvent dissatisfied = rated(caseId, resolvedRound, "DISSATISFIED", "灯还是不亮");
        publish("grievance.evaluated", dissatisfied);
        publish("grievance.evaluated", dissatisfied); // a redelivery changes nothing
        awaitStatus(caseId, "REOPENED");
        given().auth().oauth2(WANG).when().get("/api/cases/{id}", caseId)
                .then().body("handler", equalTo("wang.li"));

        // only the holder answers again
        resolve(caseId, StaffTokens.handler("li.na", "urban-management"), "不是我的").statusCode(Status.CONFLICT.getStatusCode());
        resolve(caseId, WANG, "已更换整套灯具").statusCode(Status.OK.getStatusCode()).body("status", equalTo("RESOLVED"));

        // a second rating of the first resolution (intake never sends one) changes nothing;
        // the rating of the second resolution closes the case
        publish("grievance.evaluated", rated(caseId, resolvedRound, "SATISFIED", "第二次评价"));
        publish("grievance.evaluated", rated(caseId, 5, "SATISFIED", "修好了，谢谢"));
        awaitStatus(caseId, "CLOSED");

        given().auth().oauth2(WANG).when().get("/api/cases/{id}/ratings", caseId)
                .then().statusCode(Status.OK.getStatusCode())
                .body("rating", contains("DISSATISFIED", "SATISFIED"))
                .body("resolutionRound", contains(resolvedRound, 5));
        given().auth().oauth2(WANG).when().get("/api/cases/{id}/history", caseId)
                .then().body("to", contains("QUEUED", "CLAIMED", "RESOLVED", "REOPENED", "RESOLVED", "CLOSED"))
                .body("actor[3]", equalTo("resident"));
    }

    @Test
    void addedInformationIsReadByTheDepartmentOnly() {
        String caseId = routedCases.queued("urban-management").subject();

        publish("grievance.supplemented", supplemented(caseId, "晚上十点以后整条街都黑了 <b>危险</b>"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> given()
                .auth().oauth2(WANG).when().get("/api/cases/{id}/supplements", caseId)
                .then().extract().path("size()").equals(1));
        given().auth().oauth2(WANG).when().get("/api/cases/{id}/supplements", caseId)
                .then().body("text[0]", equalTo("晚上十点以后整条街都黑了 <b>危险</b>"));
        given().auth().oauth2(StaffTokens.inspector("li.qiang")).when().get("/api/cases/{id}/supplements", caseId)
                .then().statusCode(Status.OK.getStatusCode());
        given().auth().oauth2(ZHAO).when().get("/api/cases/{id}/supplements", caseId)
                .then().statusCode(Status.NOT_FOUND.getStatusCode());
        given().when().get("/api/cases/{id}/ratings", caseId)
                .then().statusCode(Status.UNAUTHORIZED.getStatusCode());
    }

    private CloudEvent rated(String caseId, int round, String rating, String comment) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("caseId", caseId);
        data.put("evaluationId", UUID.randomUUID().toString());
        data.put("resolutionRound", round);
        data.put("rating", rating);
        data.put("comment", comment);
        data.put("evaluatedAt", Instant.now().toString());
        return CloudEvent.of("/intake-service", "grievance.evaluated", caseId, "0123456789abcdef0123456789abcdef",
                Instant.now(), codec.toTree(data));
    }

    private CloudEvent supplemented(String caseId, String text) {
        return CloudEvent.of("/intake-service", "grievance.supplemented", caseId, "0123456789abcdef0123456789abcdef",
                Instant.now(), codec.toTree(Map.of("caseId", caseId, "supplementId", UUID.randomUUID().toString(),
                        "text", text, "addedAt", Instant.now().toString())));
    }

    private void publish(String topic, CloudEvent event) {
        TopicProbe.send(routedCases.bootstrapServers(), topic, null, event.subject(), codec.write(event));
    }

    private static void awaitStatus(String caseId, String status) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> status.equals(
                given().auth().oauth2(WANG).when().get("/api/cases/{id}", caseId).then().extract().path("status")));
    }
}
