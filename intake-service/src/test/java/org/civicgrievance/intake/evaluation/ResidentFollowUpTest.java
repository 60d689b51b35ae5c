package org.civicgrievance.intake.evaluation;

import static io.restassured.RestAssured.given;
import static org.civicgrievance.intake.Submissions.STREET_LIGHT;
import static org.civicgrievance.intake.Submissions.submit;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.quarkus.test.junit.QuarkusTest;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.civicgrievance.infra.test.TopicProbe;
import org.civicgrievance.intake.ResolutionReports;
import org.civicgrievance.intake.Topics;
import org.civicgrievance.platform.events.EventCodec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The resident adds information while the case is open and rates each resolution once. */
@QuarkusTest
class ResidentFollowUpTest {

    @Inject
    EventCodec codec;

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void addedInformationReachesTheDepartmentAsAnEvent() throws Exception {
        ExtractableResponse<Response> receipt = submit(STREET_LIGHT);

        String supplementId = supplement(receipt, receipt.path("accessCode"), "晚上十点以后整条街都黑了 <b>危险</b>")
                .statusCode(Status.CREATED.getStatusCode()).extract().path("supplementId");

        JsonNode data = event(Topics.GRIEVANCE_SUPPLEMENTED, receipt.path("caseId"));
        assertEquals(supplementId, data.path("supplementId").asText());
        assertEquals("晚上十点以后整条街都黑了 <b>危险</b>", data.path("text").asText(), "text travels exactly as sent");
    }

    @Test
    void informationIsAddedOnlyWithTheRightCodeAndOnlyWhileTheCaseIsOpen() {
        ExtractableResponse<Response> receipt = submit(STREET_LIGHT);
        String otherCode = submit(STREET_LIGHT).path("accessCode");

        supplement(receipt, otherCode, "我不是本人").statusCode(Status.NOT_FOUND.getStatusCode());
        given().contentType(ContentType.JSON).body("{\"text\":\"没有访问码\"}")
                .when().post("/api/cases/{n}/supplements", receipt.<String>path("trackingNumber"))
                .then().statusCode(Status.BAD_REQUEST.getStatusCode()).body("errors.field", hasItem("X-Access-Code"));
        supplement(receipt, receipt.path("accessCode"), " ").statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("errors.field", hasItem("text"));
        supplement(receipt, receipt.path("accessCode"), "长".repeat(2001)).statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("errors.field", hasItem("text"));

        resolution().report(receipt, 3, "RESOLVED");
        supplement(receipt, receipt.path("accessCode"), "还有一件事").statusCode(Status.CONFLICT.getStatusCode())
                .body("type", endsWith(":case-closed"));
    }

    @Test
    void aResolvedCaseIsRatedOnceAndTheRatingTravelsToResolution() throws Exception {
        ExtractableResponse<Response> receipt = submit(STREET_LIGHT);
        rate(receipt, "SATISFIED", "很快").statusCode(Status.CONFLICT.getStatusCode()).body("type", endsWith(":not-resolved"));

        resolution().report(receipt, 3, "RESOLVED");
        ResolutionReports.lookUp(receipt).body("awaitingRating", equalTo(true));
        String evaluationId = rate(receipt, "DISSATISFIED", "灯还是不亮").statusCode(Status.CREATED.getStatusCode())
                .body("rating", equalTo("DISSATISFIED")).extract().path("evaluationId");
        rate(receipt, "SATISFIED", "改主意了").statusCode(Status.CONFLICT.getStatusCode()).body("type", endsWith(":already-rated"));
        ResolutionReports.lookUp(receipt).body("awaitingRating", equalTo(false));

        JsonNode data = event(Topics.GRIEVANCE_EVALUATED, receipt.path("caseId"));
        assertEquals(evaluationId, data.path("evaluationId").asText());
        assertEquals("DISSATISFIED", data.path("rating").asText());
        assertEquals(3, data.path("resolutionRound").asInt(), "the rating names the resolution it rates");

        // reopened, resolved again: the new resolution is rated on its own
        resolution().report(receipt, 4, "REOPENED");
        resolution().report(receipt, 5, "RESOLVED");
        rate(receipt, "BASICALLY_SATISFIED", null).statusCode(Status.CREATED.getStatusCode());
    }

    @Test
    void anUnknownRatingIsNamed() {
        ExtractableResponse<Response> receipt = submit(STREET_LIGHT);
        rate(receipt, "MEH", null).statusCode(Status.BAD_REQUEST.getStatusCode()).body("errors.field", hasItem("rating"));
    }

    private ResolutionReports resolution() {
        return new ResolutionReports(codec, bootstrapServers);
    }

    private static ValidatableResponse supplement(ExtractableResponse<Response> receipt, String code, String text) {
        return given().contentType(ContentType.JSON).header("X-Access-Code", code)
                .body(java.util.Map.of("text", text))
                .when().post("/api/cases/{n}/supplements", receipt.<String>path("trackingNumber"))
                .then().log().ifValidationFails();
    }

    private static ValidatableResponse rate(ExtractableResponse<Response> receipt, String rating, String comment) {
        java.util.Map<String, Object> body = new java.util.HashMap<>();
        body.put("rating", rating);
        body.put("comment", comment);
        return given().contentType(ContentType.JSON).header("X-Access-Code", receipt.<String>path("accessCode"))
                .body(body)
                .when().post("/api/cases/{n}/evaluations", receipt.<String>path("trackingNumber"))
                .then().log().ifValidationFails();
    }

    private JsonNode event(String topic, String caseId) throws Exception {
        try (TopicProbe probe = TopicProbe.reading(bootstrapServers, topic)) {
            List<ConsumerRecord<String, String>> records = probe.awaitKey(caseId, 1, Duration.ofSeconds(30));
            return mapper.readTree(records.get(0).value()).path("data");
        }
    }
}
