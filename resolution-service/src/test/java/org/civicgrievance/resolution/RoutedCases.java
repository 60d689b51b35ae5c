package org.civicgrievance.resolution;

import static io.restassured.RestAssured.given;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response.Status;

import org.apache.kafka.clients.producer.RecordMetadata;
import org.awaitility.Awaitility;
import org.civicgrievance.infra.test.StaffTokens;
import org.civicgrievance.infra.test.TopicProbe;
import org.civicgrievance.platform.events.CloudEvent;
import org.civicgrievance.platform.events.EventCodec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Test data: cases placed by routing, sent over the real broker as routing-service would. */
@ApplicationScoped
public class RoutedCases {

    public static final String ROUTED = "grievance.routed";

    private final EventCodec codec;
    private final String bootstrapServers;
    private final Clock clock;

    /** @param clock the application's clock (the tests' {@link TestClock}): residents submit "now" as the service sees it */
    public RoutedCases(EventCodec codec, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            Clock clock) {
        this.codec = codec;
        this.bootstrapServers = bootstrapServers;
        this.clock = clock;
    }

    /** Routes a new case to {@code department} and waits until its queue shows it; returns the event. */
    public CloudEvent queued(String department) {
        return queued(department, "路灯不亮", "幸福路12号门口的路灯坏了一周 🚨");
    }

    /** As {@link #queued(String)}, with the resident's own title and description (which may be hostile). */
    public CloudEvent queued(String department, String title, String description) {
        CloudEvent event = routed(department, title, description);
        send(event, null);
        awaitQueued(department, event.subject());
        return event;
    }

    /** A new case of {@code category} (street lighting is settled on the spot in urban management) routed and queued. */
    public CloudEvent queuedAs(String department, String category) {
        return queued(department, data -> data.put("category", category));
    }

    /** A new case routed and queued, its event's data changed first (its priority, title, district, …). */
    public CloudEvent queued(String department, java.util.function.Consumer<com.fasterxml.jackson.databind.node.ObjectNode> change) {
        CloudEvent event = routed(department);
        change.accept((com.fasterxml.jackson.databind.node.ObjectNode) event.data());
        send(event, null);
        awaitQueued(department, event.subject());
        return event;
    }

    public CloudEvent routed(String department) {
        return routed(department, "路灯不亮", "幸福路12号门口的路灯坏了一周 🚨");
    }

    public CloudEvent routed(String department, String title, String description) {
        return routed(department, title, description, clock.instant());
    }

    /** A case the resident submitted at {@code submittedAt}, placed now (so the time in between was triage). */
    public CloudEvent routed(String department, Instant submittedAt) {
        return routed(department, "路灯不亮", "幸福路12号门口的路灯坏了一周 🚨", submittedAt);
    }

    private CloudEvent routed(String department, String title, String description, Instant submittedAt) {
        String caseId = UUID.randomUUID().toString();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("caseId", caseId);
        data.put("trackingNumber", "GR-2026-%08d".formatted(ThreadLocalRandom.current().nextInt(100_000_000)));
        data.put("kind", "COMPLAINT");
        data.put("category", "street-lighting");
        data.put("title", title);
        data.put("description", description);
        data.put("location", Map.of("address", "幸福路12号", "district", "gulou"));
        data.put("contact", Map.of("name", "张三", "phone", "13812345678"));
        data.put("channel", "API");
        data.put("submittedAt", submittedAt.toString());
        data.put("department", department);
        data.put("ruleId", 1);
        data.put("ruleVersion", 1);
        data.put("reason", "rule 1 v1 matched");
        data.put("priority", "NORMAL");
        return CloudEvent.of("/routing-service", ROUTED, caseId, "0123456789abcdef0123456789abcdef", clock.instant(),
                codec.toTree(data));
    }

    /** Routing placing the same case again, on {@code department} (after a return), as a new event. */
    public CloudEvent rerouted(CloudEvent original, String department) {
        com.fasterxml.jackson.databind.node.ObjectNode data = original.data().deepCopy();
        data.put("department", department);
        data.put("ruleId", 2);
        data.put("reason", "rule 2 v1 matched after a return");
        return CloudEvent.of("/routing-service", ROUTED, original.subject(), original.traceid(), clock.instant(), data);
    }

    public RecordMetadata send(CloudEvent event, Integer partition) {
        return TopicProbe.send(bootstrapServers, ROUTED, partition, event.subject(), codec.write(event));
    }

    public void awaitQueued(String department, String caseId) {
        String inspector = StaffTokens.inspector("inspector.test");
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            var answer = given().auth().oauth2(inspector).when().get("/api/cases/{id}", caseId).then().extract();
            return answer.statusCode() == Status.OK.getStatusCode()
                    && department.equals(answer.path("department")) && "QUEUED".equals(answer.path("status"));
        });
    }

    /** The tracking number an event of {@link #routed} gave its case: what a handler searches the queue by. */
    public static String trackingNumber(CloudEvent event) {
        return event.data().path("trackingNumber").asText();
    }

    /** An {@code audit.recorded} event as intake or routing would emit it. */
    public CloudEvent reported(String caseId, String actor, String actorRole, String action, String department,
            String after, String detail, Instant occurredAt) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("actor", actor);
        data.put("actorRole", actorRole);
        data.put("action", action);
        data.put("caseId", caseId);
        data.put("department", department);
        data.put("after", after);
        data.put("detail", detail);
        data.put("occurredAt", occurredAt.toString());
        return CloudEvent.of("/test", "audit.recorded", caseId, "0123456789abcdef0123456789abcdef", Instant.now(),
                codec.toTree(data));
    }

    /** Intake's {@code grievance.submitted} of a case recorded by {@code recordedBy} (null: by the resident). */
    public CloudEvent submitted(String caseId, String trackingNumber, String recordedBy, String channel, Instant submittedAt) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("caseId", caseId);
        data.put("trackingNumber", trackingNumber);
        data.put("kind", "COMPLAINT");
        data.put("category", "street-lighting");
        data.put("description", "幸福路12号门口的路灯坏了一周");
        data.put("channel", channel);
        data.put("recordedBy", recordedBy);
        data.put("submittedAt", submittedAt.toString());
        return CloudEvent.of("/test", "grievance.submitted", caseId, "0123456789abcdef0123456789abcdef", Instant.now(),
                codec.toTree(data));
    }

    public void submit(CloudEvent event) {
        TopicProbe.send(bootstrapServers, "grievance.submitted", null, event.subject(), codec.write(event));
    }

    public void report(CloudEvent event) {
        TopicProbe.send(bootstrapServers, "audit.recorded", null, event.subject(), codec.write(event));
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }
}
