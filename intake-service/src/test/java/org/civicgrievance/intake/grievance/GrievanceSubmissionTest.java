package org.civicgrievance.intake.grievance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.civicgrievance.infra.test.TopicProbe;
import org.civicgrievance.intake.Topics;
import static org.civicgrievance.intake.Submissions.STREET_LIGHT;
import static org.civicgrievance.intake.Submissions.submit;
import org.civicgrievance.platform.outbox.OutboxEvent;
import org.civicgrievance.platform.outbox.OutboxEventRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

@QuarkusTest
class GrievanceSubmissionTest {

    @Inject
    OutboxEventRepository outbox;

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void acceptsAComplaintAndAnswersWithTrackingNumberAndAccessCode() {
        given().contentType(ContentType.JSON).body(STREET_LIGHT)
                .when().post("/api/cases")
                .then().log().ifValidationFails()
                .statusCode(Status.CREATED.getStatusCode())
                .contentType(ContentType.JSON)
                .header("Location", matchesPattern(".*/api/cases/GR-\\d{4}-\\d{8}"))
                .body("caseId", matchesPattern("[0-9a-f-]{36}"))
                .body("trackingNumber", matchesPattern("GR-\\d{4}-\\d{8}"))
                .body("accessCode", matchesPattern("[2-9A-HJKMNP-Z]{10}"))
                .body("status", equalTo("SUBMITTED"));
    }

    @Test
    void publishesTheSubmissionAsACloudEventKeyedByCaseId() throws Exception {
        ExtractableResponse<Response> receipt = submit(STREET_LIGHT);
        String caseId = receipt.path("caseId");

        try (TopicProbe probe = TopicProbe.reading(bootstrapServers, Topics.GRIEVANCE_SUBMITTED)) {
            List<ConsumerRecord<String, String>> records = probe.awaitKey(caseId, 1, Duration.ofSeconds(30));
            assertEquals(1, records.size(), "one grievance.submitted event for the case");
            JsonNode event = mapper.readTree(records.get(0).value());
            assertEquals("1.0", event.path("specversion").asText());
            assertEquals("grievance.submitted", event.path("type").asText());
            assertEquals("/intake-service", event.path("source").asText());
            assertEquals(caseId, event.path("subject").asText());
            assertEquals(32, event.path("traceid").asText().length());
            assertEquals(receipt.path("trackingNumber"), event.path("data").path("trackingNumber").asText());
            assertEquals("幸福路12号门口的路灯坏了一周 🚨 <script>alert('x')</script>",
                    event.path("data").path("description").asText(), "text travels exactly as sent");
            assertEquals("gulou", event.path("data").path("location").path("district").asText());
        }
        // Awaitility polls on its own thread: each look runs in a transaction of its own
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> outbox.findByKey(caseId).stream().allMatch(row -> row.getPublishedAt() != null)));
        List<OutboxEvent> rows = QuarkusTransaction.requiringNew().call(() -> outbox.findByKey(caseId));
        // one row: the audit trail's CASE_SUBMITTED is derived from grievance.submitted in resolution
        assertEquals(List.of("grievance.submitted"), rows.stream().map(OutboxEvent::getTopic).toList());
        rows.forEach(row -> assertNotNull(row.getPublishedAt()));
    }

    @Test
    void theSubmittedEventCarriesWhatTheAuditTrailRecords() throws Exception {
        String caseId = submit(STREET_LIGHT).path("caseId");

        try (TopicProbe probe = TopicProbe.reading(bootstrapServers, Topics.GRIEVANCE_SUBMITTED)) {
            JsonNode data = mapper.readTree(probe.awaitKey(caseId, 1, Duration.ofSeconds(30)).get(0).value()).path("data");
            assertEquals("API", data.path("channel").asText());
            assertTrue(data.path("recordedBy").isNull(), "the resident submitted it: " + data);
            assertEquals("COMPLAINT", data.path("kind").asText());
            assertFalse(data.path("submittedAt").asText().isEmpty(), data.toString());
        }
    }


    @Test
    void theResidentLooksUpTheirCaseWithTheAccessCode() {
        ExtractableResponse<Response> receipt = submit(STREET_LIGHT);

        given().header("X-Access-Code", receipt.<String>path("accessCode"))
                .when().get("/api/cases/{trackingNumber}", receipt.<String>path("trackingNumber"))
                .then().log().ifValidationFails()
                .statusCode(Status.OK.getStatusCode())
                .body("trackingNumber", equalTo(receipt.path("trackingNumber")))
                .body("kind", equalTo("COMPLAINT"))
                .body("title", equalTo("路灯不亮"))
                .body("status", equalTo("SUBMITTED"))
                .body("statusText.zh", notNullValue())
                .body("statusText.en", notNullValue())
                .body("contact", nullValue())
                .body("accessCode", nullValue());
    }

    @Test
    void aWrongAccessCodeRevealsNothing() {
        ExtractableResponse<Response> receipt = submit(STREET_LIGHT);
        ExtractableResponse<Response> other = submit(STREET_LIGHT);

        given().header("X-Access-Code", other.<String>path("accessCode"))
                .when().get("/api/cases/{trackingNumber}", receipt.<String>path("trackingNumber"))
                .then().statusCode(Status.NOT_FOUND.getStatusCode())
                .contentType("application/problem+json")
                .body("status", equalTo(404));
        given().header("X-Access-Code", receipt.<String>path("accessCode"))
                .when().get("/api/cases/{trackingNumber}", "GR-1999-00000001")
                .then().statusCode(Status.NOT_FOUND.getStatusCode());
        given().header("X-Access-Code", receipt.<String>path("accessCode"))
                .when().get("/api/cases/{trackingNumber}", "' OR '1'='1")
                .then().statusCode(Status.NOT_FOUND.getStatusCode());
    }

    @Test
    void aLookUpWithoutAccessCodeNamesTheMissingHeader() {
        ExtractableResponse<Response> receipt = submit(STREET_LIGHT);

        given().when().get("/api/cases/{trackingNumber}", receipt.<String>path("trackingNumber"))
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType("application/problem+json")
                .body("errors.field", hasItem("X-Access-Code"));
    }

    @Test
    void concurrentSubmissionsGetDistinctTrackingNumbers() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> submissions = Collections.nCopies(24,
                    () -> submit(STREET_LIGHT).path("trackingNumber"));
            Set<String> numbers = new HashSet<>();
            for (Future<String> number : pool.invokeAll(submissions)) {
                numbers.add(number.get());
            }
            assertEquals(24, numbers.size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void locationHeaderLeadsToTheLookUp() {
        ExtractableResponse<Response> receipt = submit(STREET_LIGHT);
        String location = receipt.header("Location");

        given().header("X-Access-Code", receipt.<String>path("accessCode"))
                .when().get(location.substring(location.indexOf("/api/")))
                .then().statusCode(Status.OK.getStatusCode())
                .body("trackingNumber", equalTo(receipt.path("trackingNumber")));
        assertThat(location, endsWith(receipt.path("trackingNumber")));
    }
}
