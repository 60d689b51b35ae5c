package org.civicgrievance.resolution.casework;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.awaitility.Awaitility;
import org.civicgrievance.infra.test.TopicProbe;
import org.civicgrievance.platform.events.CloudEvent;
import org.civicgrievance.platform.events.EventCodec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** A routed case arrives over the real broker, is claimed and resolved, and every change reaches Kafka. */
@QuarkusTest
class CaseworkFlowTest {

    private static final String ROUTED = "grievance.routed";
    private static final String STATUS_CHANGED = "case.status-changed";
    private static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    EventCodec codec;

    @Inject
    CaseRepository cases;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aRoutedCaseIsQueuedClaimedAndResolved() throws Exception {
        String caseId = route("urban-management", null).subject();
        awaitQueued("urban-management", caseId);

        given().contentType(ContentType.JSON).body("{\"handler\":\"wang.li\"}")
                .when().post("/api/cases/{id}/claim", caseId)
                .then().log().ifValidationFails()
                .statusCode(Status.OK.getStatusCode())
                .body("status", equalTo("CLAIMED"))
                .body("handler", equalTo("wang.li"));
        given().when().get("/api/departments/{code}/queue", "urban-management")
                .then().body("caseId", not(hasItem(caseId)));

        given().contentType(ContentType.JSON).body("{\"handler\":\"wang.li\",\"note\":\"已更换灯泡 💡\"}")
                .when().post("/api/cases/{id}/resolve", caseId)
                .then().log().ifValidationFails()
                .statusCode(Status.OK.getStatusCode())
                .body("status", equalTo("RESOLVED"))
                .body("resolutionNote", equalTo("已更换灯泡 💡"));

        given().when().get("/api/cases/{id}/history", caseId)
                .then().statusCode(Status.OK.getStatusCode())
                .body("to", contains("QUEUED", "CLAIMED", "RESOLVED"))
                .body("actor", contains("routing-service", "wang.li", "wang.li"));

        try (TopicProbe probe = TopicProbe.reading(bootstrapServers, STATUS_CHANGED)) {
            List<ConsumerRecord<String, String>> records = probe.awaitKey(caseId, 3, Duration.ofSeconds(30));
            assertEquals(3, records.size());
            List<String> statuses = records.stream().map(r -> data(r).path("status").asText()).toList();
            assertEquals(List.of("QUEUED", "CLAIMED", "RESOLVED"), statuses);
            List<Integer> sequences = records.stream().map(r -> data(r).path("sequence").asInt()).toList();
            assertEquals(List.of(1, 2, 3), sequences);
            JsonNode resolved = data(records.get(2));
            assertEquals("已办结", resolved.path("statusText").path("zh").asText());
            assertEquals("Resolved", resolved.path("statusText").path("en").asText());
            assertEquals("urban-management", resolved.path("department").asText());
        }
    }

    @Test
    void staffSeeContactDetailsMasked() {
        String caseId = route("water-affairs", null).subject();
        awaitQueued("water-affairs", caseId);

        given().when().get("/api/cases/{id}", caseId)
                .then().statusCode(Status.OK.getStatusCode())
                .body("contact.phone", equalTo("138****5678"))
                .body("contact.name", equalTo("张**"))
                .body("description", equalTo("幸福路12号门口的路灯坏了一周 🚨"));
    }

    @Test
    void illegalTransitionsAreConflictsNamingWhatIsAllowed() {
        String caseId = route("transport", null).subject();
        awaitQueued("transport", caseId);

        given().contentType(ContentType.JSON).body("{\"handler\":\"wang.li\",\"note\":\"done\"}")
                .when().post("/api/cases/{id}/resolve", caseId)
                .then().statusCode(Status.CONFLICT.getStatusCode())
                .contentType(PROBLEM_JSON)
                .body("currentStatus", equalTo("QUEUED"))
                .body("allowedTransitions", contains("CLAIMED"));

        claim(caseId, "wang.li").statusCode(Status.OK.getStatusCode());
        claim(caseId, "li.na").statusCode(Status.CONFLICT.getStatusCode())
                .body("allowedTransitions", contains("RESOLVED"));

        given().contentType(ContentType.JSON).body("{\"handler\":\"li.na\",\"note\":\"done\"}")
                .when().post("/api/cases/{id}/resolve", caseId)
                .then().statusCode(Status.CONFLICT.getStatusCode())
                .contentType(PROBLEM_JSON);
        given().when().get("/api/cases/{id}", caseId)
                .then().body("status", equalTo("CLAIMED")).body("handler", equalTo("wang.li"));
    }

    @Test
    void badRequestsNameTheField() {
        String caseId = route("housing", null).subject();
        awaitQueued("housing", caseId);
        claim(caseId, "wang.li").statusCode(Status.OK.getStatusCode());

        given().contentType(ContentType.JSON).body("{\"handler\":\"wang.li\",\"note\":\"  \"}")
                .when().post("/api/cases/{id}/resolve", caseId)
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(PROBLEM_JSON)
                .body("errors.field", contains("note"));
        claim(caseId, "Robert'); DROP TABLE grievance_case;--").statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("errors.field", contains("handler"));
        given().when().get("/api/cases/{id}", UUID.randomUUID().toString())
                .then().statusCode(Status.NOT_FOUND.getStatusCode())
                .contentType(PROBLEM_JSON);
    }

    @Test
    void aRedeliveredRoutedEventQueuesTheCaseOnce() {
        CloudEvent routed = route("environment", null);
        String caseId = routed.subject();
        awaitQueued("environment", caseId);
        RecordMetadata sent = send(routed, null);

        send(routed, sent.partition());
        CloudEvent marker = route("environment", sent.partition());
        awaitQueued("environment", marker.subject());

        given().when().get("/api/cases/{id}/history", caseId)
                .then().body("to", contains("QUEUED"));
        try (TopicProbe probe = TopicProbe.reading(bootstrapServers, STATUS_CHANGED)) {
            probe.awaitKey(marker.subject(), 1, Duration.ofSeconds(30));
            assertEquals(1, probe.awaitKey(caseId, 2, Duration.ofSeconds(2)).size(), "one QUEUED status, not two");
        }
    }

    private io.restassured.response.ValidatableResponse claim(String caseId, String handler) {
        return given().contentType(ContentType.JSON).body(Map.of("handler", handler))
                .when().post("/api/cases/{id}/claim", caseId)
                .then().log().ifValidationFails();
    }

    private void awaitQueued(String department, String caseId) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> given()
                .when().get("/api/departments/{code}/queue", department)
                .then().statusCode(Status.OK.getStatusCode())
                .extract().<List<String>>path("caseId").contains(caseId));
    }

    private JsonNode data(ConsumerRecord<String, String> record) {
        return codec.parse(record.value()).data();
    }

    private CloudEvent route(String department, Integer partition) {
        String caseId = UUID.randomUUID().toString();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("caseId", caseId);
        data.put("trackingNumber", "GR-2026-%08d".formatted(ThreadLocalRandom.current().nextInt(100_000_000)));
        data.put("kind", "COMPLAINT");
        data.put("category", "street-lighting");
        data.put("title", "路灯不亮");
        data.put("description", "幸福路12号门口的路灯坏了一周 🚨");
        data.put("location", Map.of("address", "幸福路12号", "district", "gulou"));
        data.put("contact", Map.of("name", "张三", "phone", "13812345678"));
        data.put("submittedAt", Instant.now().toString());
        data.put("department", department);
        data.put("ruleId", 1);
        data.put("ruleVersion", 1);
        data.put("reason", "rule 1 v1 matched");
        data.put("priority", "NORMAL");
        CloudEvent event = CloudEvent.of("/routing-service", ROUTED, caseId, "0123456789abcdef0123456789abcdef",
                Instant.now(), codec.toTree(data));
        send(event, partition);
        return event;
    }

    private RecordMetadata send(CloudEvent event, Integer partition) {
        return TopicProbe.send(bootstrapServers, ROUTED, partition, event.subject(), codec.write(event));
    }
}
