package org.civicgrievance.routing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.awaitility.Awaitility;
import org.civicgrievance.infra.test.StaffTokens;
import org.civicgrievance.infra.test.TopicProbe;
import org.civicgrievance.platform.events.CloudEvent;
import org.civicgrievance.platform.events.EventCodec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Events as the other services send them, onto the real topics, and what routing sends back, read
 * from the real topics. A bean of the tests: {@code @Inject CaseEvents events}.
 */
@ApplicationScoped
public class CaseEvents {

    public static final String TRACE_ID = "0123456789abcdef0123456789abcdef";
    private static final String OPERATOR = StaffTokens.operator("chen.jing");

    private final EventCodec codec;
    private final String bootstrapServers;

    public CaseEvents(EventCodec codec, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.codec = codec;
        this.bootstrapServers = bootstrapServers;
    }

    /** intake accepted a help request with this description, of a category no seeded rule names. */
    public String submit(String description) {
        String caseId = UUID.randomUUID().toString();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("caseId", caseId);
        data.put("trackingNumber", trackingNumber(caseId));
        data.put("kind", "HELP_REQUEST");
        data.put("category", "no-rule-" + caseId);
        data.put("title", "求助");
        data.put("description", description);
        data.put("location", Map.of("address", "幸福路12号", "district", "gulou"));
        data.put("contact", Map.of("name", "张三", "phone", "13812345678"));
        data.put("greenChannel", List.of());
        data.put("channel", "HOTLINE");
        data.put("submittedAt", Instant.now().toString());
        send("grievance.submitted", CloudEvent.of("/intake-service", "grievance.submitted", caseId, TRACE_ID,
                Instant.now(), codec.toTree(data)));
        return caseId;
    }

    /** As resolution-service reports a department's return 退单; send it with {@link #send}. */
    public CloudEvent returned(String caseId, String department, String reason, String returnedBy, Instant returnedAt) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("caseId", caseId);
        data.put("trackingNumber", trackingNumber(caseId));
        data.put("department", department);
        data.put("reason", reason);
        data.put("returnedBy", returnedBy);
        data.put("returnedAt", returnedAt.toString());
        return CloudEvent.of("/resolution-service", "grievance.returned", caseId, TRACE_ID, Instant.now(),
                codec.toTree(data));
    }

    public void send(String topic, CloudEvent event) {
        TopicProbe.send(bootstrapServers, topic, null, event.subject(), codec.write(event));
    }

    public void sendReturn(CloudEvent returned) {
        send("grievance.returned", returned);
    }

    /** The data of the first {@code count} grievance.routed events of the case, in order. */
    public List<JsonNode> awaitRouted(String caseId, int count) {
        try (TopicProbe probe = TopicProbe.reading(bootstrapServers, "grievance.routed")) {
            List<JsonNode> routed = probe.awaitKey(caseId, count, Duration.ofSeconds(30)).stream()
                    .map(r -> codec.parse(r.value()).data()).toList();
            assertEquals(count, routed.size(), "grievance.routed events of " + caseId);
            return routed;
        }
    }

    /** The data of the first {@code count} audit.recorded events of the case, in order. */
    public List<JsonNode> awaitAudit(String caseId, int count) {
        try (TopicProbe probe = TopicProbe.reading(bootstrapServers, "audit.recorded")) {
            return probe.awaitKey(caseId, count, Duration.ofSeconds(30)).stream()
                    .map(r -> codec.parse(r.value()).data()).toList();
        }
    }

    /** Waits until the case waits in the triage queue. */
    public void awaitTriage(String caseId) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().auth().oauth2(OPERATOR).queryParam("size", 100).when().get("/api/triage")
                        .then().extract().<List<String>>path("items.caseId").contains(caseId));
    }

    public static String trackingNumber(String caseId) {
        return "GR-2026-" + String.format("%08d", Math.abs(caseId.hashCode() % 100_000_000));
    }
}
