package org.civicgrievance.resolution.casework;

import static io.restassured.RestAssured.given;
import static org.civicgrievance.resolution.StaffActions.claim;
import static org.civicgrievance.resolution.StaffActions.resolve;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.civicgrievance.infra.test.StaffTokens;
import org.civicgrievance.infra.test.StatementLog;
import org.civicgrievance.infra.test.TopicProbe;
import org.civicgrievance.platform.events.CloudEvent;
import org.civicgrievance.platform.events.EventCodec;
import org.civicgrievance.resolution.RoutedCases;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** A routed case arrives over the real broker, is claimed and resolved, and every change reaches Kafka. */
@QuarkusTest
class CaseworkFlowTest {

    private static final String STATUS_CHANGED = "case.status-changed";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String WANG = StaffTokens.handler("wang.li", "urban-management");

    @Inject
    RoutedCases routedCases;

    @Inject
    EventCodec codec;

    @Test
    void queueingARoutedCaseCostsAFixedHandfulOfStatements() {
        CloudEvent routed = routedCases.routed("transport");
        StatementLog.startForCase(routed.subject());
        routedCases.send(routed, null);
        routedCases.awaitQueued("transport", routed.subject());
        List<String> queued = StatementLog.stop(routed.subject());
        assertEquals(QUEUEING_STATEMENTS, queued.size(), queued.toString());
    }

    /**
     * The inbox's check; the case looked up (a return comes back as the same case); the case; its
     * audit entry; its two clocks (the commitment comes from memory, and a case just created has no
     * clocks to lock); its status event; the inbox's entry; the case's due time written back; its entry
     * in the department's queue (in urgency order, so a queue page reads an index). Written out so that
     * one more per case is a decision, not an accident.
     */
    private static final int QUEUEING_STATEMENTS = 10;

    @Test
    void aRoutedCaseIsQueuedClaimedAndResolved() {
        CloudEvent routed = routedCases.queued("urban-management");
        String caseId = routed.subject();

        claim(caseId, WANG).statusCode(Status.OK.getStatusCode())
                .body("status", equalTo("CLAIMED"))
                .body("handler", equalTo("wang.li"));
        given().auth().oauth2(WANG).queryParam("q", RoutedCases.trackingNumber(routed))
                .when().get("/api/departments/{code}/queue", "urban-management")
                .then().body("total", equalTo(0)).body("items", empty());

        resolve(caseId, WANG, "已更换灯泡 💡").statusCode(Status.OK.getStatusCode())
                .body("status", equalTo("RESOLVED"))
                .body("resolutionNote", equalTo("已更换灯泡 💡"));

        given().auth().oauth2(WANG).when().get("/api/cases/{id}/history", caseId)
                .then().statusCode(Status.OK.getStatusCode())
                .body("to", contains("QUEUED", "CLAIMED", "RESOLVED"))
                .body("actor", contains("routing-service", "wang.li", "wang.li"))
                .body("actorRole", contains("system", "handler", "handler"));

        try (TopicProbe probe = TopicProbe.reading(routedCases.bootstrapServers(), STATUS_CHANGED)) {
            List<ConsumerRecord<String, String>> records = probe.awaitKey(caseId, 3, Duration.ofSeconds(30));
            assertEquals(3, records.size());
            assertEquals(List.of("QUEUED", "CLAIMED", "RESOLVED"),
                    records.stream().map(r -> data(r).path("status").asText()).toList());
            assertEquals(List.of(1, 2, 3), records.stream().map(r -> data(r).path("sequence").asInt()).toList());
            JsonNode resolved = data(records.get(2));
            assertEquals("已办结，请您评价", resolved.path("statusText").path("zh").asText());
            assertEquals("Resolved; please rate the outcome", resolved.path("statusText").path("en").asText());
            assertEquals("urban-management", resolved.path("department").asText());
        }
    }

    @Test
    void aSupervisorMayClaimInTheirDepartment() {
        String caseId = routedCases.queued("water-affairs").subject();
        claim(caseId, StaffTokens.supervisor("zhao.min", "water-affairs")).statusCode(Status.OK.getStatusCode())
                .body("handler", equalTo("zhao.min"));
    }

    @Test
    void illegalTransitionsAreConflictsNamingWhatIsAllowed() {
        String caseId = routedCases.queued("transport").subject();
        String wangInTransport = StaffTokens.handler("wang.li", "transport");
        String liInTransport = StaffTokens.handler("li.na", "transport");

        resolve(caseId, wangInTransport, "done").statusCode(Status.CONFLICT.getStatusCode())
                .contentType(PROBLEM_JSON)
                .body("currentStatus", equalTo("QUEUED"))
                .body("allowedTransitions", contains("CLAIMED", "RETURNED", "MERGED"));

        claim(caseId, wangInTransport).statusCode(Status.OK.getStatusCode());
        claim(caseId, liInTransport).statusCode(Status.CONFLICT.getStatusCode())
                .body("allowedTransitions",
                        contains("IN_PROGRESS", "WAITING_FOR_RESIDENT", "RESOLVED", "RETURNED", "MERGED"));
        resolve(caseId, liInTransport, "done").statusCode(Status.CONFLICT.getStatusCode())
                .contentType(PROBLEM_JSON);

        given().auth().oauth2(wangInTransport).when().get("/api/cases/{id}", caseId)
                .then().body("status", equalTo("CLAIMED")).body("handler", equalTo("wang.li"));
    }

    @Test
    void badRequestsNameTheField() {
        String caseId = routedCases.queued("housing").subject();
        String handler = StaffTokens.handler("wang.li", "housing");
        claim(caseId, handler).statusCode(Status.OK.getStatusCode());

        resolve(caseId, handler, "  ").statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(PROBLEM_JSON)
                .body("errors.field", contains("note"));
        resolve(caseId, handler, "长".repeat(2001)).statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("errors.field", contains("note"));
        given().auth().oauth2(handler).contentType(ContentType.JSON).body("{\"note\": ")
                .when().post("/api/cases/{id}/resolve", caseId)
                .then().statusCode(Status.BAD_REQUEST.getStatusCode()).contentType(PROBLEM_JSON);
    }

    @Test
    void aRedeliveredRoutedEventQueuesTheCaseOnce() {
        CloudEvent routed = routedCases.queued("environment");
        String caseId = routed.subject();
        RecordMetadata sent = routedCases.send(routed, null);

        routedCases.send(routed, sent.partition());
        CloudEvent marker = routedCases.routed("environment");
        routedCases.send(marker, sent.partition());
        routedCases.awaitQueued("environment", marker.subject());

        given().auth().oauth2(StaffTokens.inspector("li.qiang")).when().get("/api/cases/{id}/history", caseId)
                .then().body("to", contains("QUEUED"));
        try (TopicProbe probe = TopicProbe.reading(routedCases.bootstrapServers(), STATUS_CHANGED)) {
            probe.awaitKey(marker.subject(), 1, Duration.ofSeconds(30));
            assertEquals(1, probe.awaitKey(caseId, 2, Duration.ofSeconds(2)).size(), "one QUEUED status, not two");
        }
    }

    private JsonNode data(ConsumerRecord<String, String> record) {
        return codec.parse(record.value()).data();
    }
}
