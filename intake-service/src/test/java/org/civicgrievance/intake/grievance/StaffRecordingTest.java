package org.civicgrievance.intake.grievance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.ws.rs.core.Response.Status;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.civicgrievance.infra.test.StaffTokens;
import org.civicgrievance.infra.test.TopicProbe;
import org.civicgrievance.intake.Submissions;
import org.civicgrievance.intake.Topics;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Operators record cases for residents; nobody else may, and nobody without a valid token. */
@QuarkusTest
class StaffRecordingTest {

    private static final String HOTLINE_CALL = "{\"channel\":\"HOTLINE\",\"grievance\":" + Submissions.STREET_LIGHT + "}";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private static ValidatableResponse record(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/staff/cases")
                .then().log().ifValidationFails();
    }

    @Test
    void anOperatorRecordsAHotlineCallAndTheResidentGetsTheirCodes() {
        String caseId = record(StaffTokens.operator("chen.jing"), HOTLINE_CALL)
                .statusCode(Status.CREATED.getStatusCode())
                .body("trackingNumber", matchesPattern("GR-\\d{4}-\\d{8}"))
                .body("accessCode", matchesPattern("[2-9A-HJKMNP-Z]{10}"))
                .extract().path("caseId");

        // the audit trail's CASE_SUBMITTED, by chen.jing as operator, is made from this one event
        try (TopicProbe probe = TopicProbe.reading(bootstrapServers, Topics.GRIEVANCE_SUBMITTED)) {
            List<ConsumerRecord<String, String>> records = probe.awaitKey(caseId, 1, Duration.ofSeconds(30));
            assertEquals(1, records.size());
            String event = records.get(0).value();
            org.junit.jupiter.api.Assertions.assertTrue(event.contains("\"channel\":\"HOTLINE\""), event);
            org.junit.jupiter.api.Assertions.assertTrue(event.contains("\"recordedBy\":\"chen.jing\""), event);
        }
    }

    @Test
    void onlyStaffChannelsMayBeRecorded() {
        record(StaffTokens.operator("chen.jing"), "{\"channel\":\"OPEN311\",\"grievance\":" + Submissions.STREET_LIGHT + "}")
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("errors.field", hasItem("channel"));
        record(StaffTokens.operator("chen.jing"), "{\"channel\":\"HOTLINE\",\"grievance\":{\"kind\":\"COMPLAINT\"}}")
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("errors.field", hasItem("grievance.description"));
    }

    @Test
    void otherRolesMayNotRecord() {
        for (String token : new String[] { StaffTokens.handler("wang.li", "urban-management"),
                StaffTokens.supervisor("zhang.wei", "urban-management"), StaffTokens.inspector("li.qiang"),
                StaffTokens.admin("zhou.ping") }) {
            record(token, HOTLINE_CALL).statusCode(Status.FORBIDDEN.getStatusCode())
                    .contentType("application/problem+json");
        }
    }

    @Test
    void withoutAValidTokenNothingIsRecorded() {
        given().contentType(ContentType.JSON).body(HOTLINE_CALL)
                .when().post("/api/staff/cases")
                .then().statusCode(Status.UNAUTHORIZED.getStatusCode())
                .header("WWW-Authenticate", equalTo("Bearer"));
        record(StaffTokens.staff("chen.jing", null, "operator").signedByAStranger().token(), HOTLINE_CALL)
                .statusCode(Status.UNAUTHORIZED.getStatusCode());
        record(StaffTokens.staff("chen.jing", null, "operator").expiredAt(Instant.now().minusSeconds(3600)).token(),
                HOTLINE_CALL).statusCode(Status.UNAUTHORIZED.getStatusCode());
        record(StaffTokens.staff("chen.jing", null, "operator").issuedBy("https://evil.example").token(), HOTLINE_CALL)
                .statusCode(Status.UNAUTHORIZED.getStatusCode());
    }
}
