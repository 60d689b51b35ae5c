package org.civicgrievance.intake;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.ws.rs.core.Response.Status;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

import org.awaitility.Awaitility;
import org.civicgrievance.infra.test.TopicProbe;
import org.civicgrievance.platform.events.CloudEvent;
import org.civicgrievance.platform.events.EventCodec;

/** Plays resolution-service in intake's tests: publishes case.status-changed events to the real broker. */
public final class ResolutionReports {

    public static final String TOPIC = "case.status-changed";

    private final EventCodec codec;
    private final String bootstrapServers;

    public ResolutionReports(EventCodec codec, String bootstrapServers) {
        this.codec = codec;
        this.bootstrapServers = bootstrapServers;
    }

    public CloudEvent statusEvent(String caseId, int sequence, String status, String zh, String en) {
        return CloudEvent.of("/resolution-service", TOPIC, caseId, "0123456789abcdef0123456789abcdef", Instant.now(),
                codec.toTree(Map.of("caseId", caseId, "sequence", sequence, "status", status,
                        "statusText", Map.of("zh", zh, "en", en), "department", "urban-management",
                        "changedAt", Instant.now().toString())));
    }

    /** A status event with what resolution tells the resident besides the status: an outcome and/or a note. */
    public CloudEvent statusEvent(String caseId, int sequence, String status, Map<String, Object> told) {
        Map<String, Object> data = new java.util.LinkedHashMap<>(Map.of("caseId", caseId, "sequence", sequence,
                "status", status, "statusText", Map.of("zh", status + "（中文）", "en", status + " (English)"),
                "department", "urban-management", "changedAt", Instant.now().toString()));
        data.putAll(told);
        return CloudEvent.of("/resolution-service", TOPIC, caseId, "0123456789abcdef0123456789abcdef", Instant.now(),
                codec.toTree(data));
    }

    public void publish(String caseId, CloudEvent event) {
        TopicProbe.send(bootstrapServers, TOPIC, null, caseId, codec.write(event));
    }

    /** Reports the status and waits until the resident's look-up shows it. */
    public void report(ExtractableResponse<Response> receipt, int sequence, String status) {
        String caseId = receipt.path("caseId");
        publish(caseId, statusEvent(caseId, sequence, status, status, status));
        awaitStatus(receipt, status);
    }

    public static ValidatableResponse lookUp(ExtractableResponse<Response> receipt) {
        return given().header("X-Access-Code", receipt.<String>path("accessCode"))
                .when().get("/api/cases/{trackingNumber}", receipt.<String>path("trackingNumber"))
                .then().statusCode(Status.OK.getStatusCode());
    }

    public static void awaitStatus(ExtractableResponse<Response> receipt, String status) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> status.equals(lookUp(receipt).extract().path("status")));
    }
}
