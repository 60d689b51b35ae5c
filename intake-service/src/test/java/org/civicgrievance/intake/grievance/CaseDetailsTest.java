package org.civicgrievance.intake.grievance;

import static io.restassured.RestAssured.given;
import static org.civicgrievance.intake.Submissions.submit;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.civicgrievance.infra.test.TopicProbe;
import org.civicgrievance.intake.Topics;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Category questions, anonymity, the green channel and the preferred language, as sent and as passed on. */
@QuarkusTest
class CaseDetailsTest {

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void answersToTheCategoryQuestionsAreCheckedNormalisedAndPassedOn() throws Exception {
        String caseId = submit(roadDamage("""
                "attributes":{"hazard":"manhole","size_metres":" 1.50 "},""")).path("caseId");

        JsonNode data = submittedEvent(caseId);
        assertEquals("manhole", data.path("attributes").path("hazard").asText());
        assertEquals("1.50", data.path("attributes").path("size_metres").asText(), "numbers are stored as sent, trimmed");
    }

    @Test
    void aMultipleChoiceAnswerIsAListAndOneValueCountsAsOne() throws Exception {
        String caseId = submit(noise("\"attributes\":{\"source\":\"traffic\",\"last_heard\":\"2026-11-27T23:10:00+08:00\"},"))
                .path("caseId");

        JsonNode attributes = submittedEvent(caseId).path("attributes");
        assertEquals(List.of("traffic"), mapper.convertValue(attributes.path("source"), List.class));
        assertEquals("2026-11-27T23:10+08:00", attributes.path("last_heard").asText());
    }

    @Test
    void wrongAnswersAreNamedOneByOne() {
        given().contentType(ContentType.JSON).body(noise("""
                "attributes":{"source":["traffic","fireworks"],"last_heard":"last night","colour":"red"},"""))
                .when().post("/api/cases")
                .then().log().ifValidationFails()
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("attributes.source", "attributes.last_heard", "attributes.colour"));
    }

    @Test
    void aRequiredQuestionMustBeAnswered() {
        given().contentType(ContentType.JSON).body(roadDamage("\"attributes\":{\"size_metres\":\"abc\"},"))
                .when().post("/api/cases")
                .then().log().ifValidationFails()
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("errors.field", containsInAnyOrder("attributes.hazard", "attributes.size_metres"));
    }

    @Test
    void aCategoryOutsideTheCatalogueIsRefused() {
        given().contentType(ContentType.JSON).body(roadDamage("").replace("road-damage", "moon-landing"))
                .when().post("/api/cases")
                .then().log().ifValidationFails()
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("errors.field", hasItem("category"));
    }

    @Test
    void staffRecordingsNameWrongAnswersUnderTheCase() {
        given().auth().oauth2(org.civicgrievance.infra.test.StaffTokens.operator("operator.chen"))
                .contentType(ContentType.JSON)
                .body("{\"channel\":\"HOTLINE\",\"grievance\":" + roadDamage("") + "}")
                .when().post("/api/staff/cases")
                .then().log().ifValidationFails()
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("errors.field", hasItem("grievance.attributes.hazard"));
    }

    @Test
    void anAnonymousResidentsContactNeverLeavesIntake() throws Exception {
        String caseId = submit(noise("\"anonymous\":true,\"contact\":{\"name\":\"李四\",\"phone\":\"13900001111\"},"))
                .path("caseId");

        JsonNode data = submittedEvent(caseId);
        assertTrue(data.path("anonymous").asBoolean());
        assertTrue(data.path("contact").isNull(), "no contact for departments: " + data);
    }

    @Test
    void greenChannelAndLanguageTravelWithTheCase() throws Exception {
        String caseId = submit(noise("\"greenChannel\":[\"ELDERLY\",\"DISABLED\"],\"preferredLanguage\":\"en\","))
                .path("caseId");

        JsonNode data = submittedEvent(caseId);
        assertEquals(List.of("DISABLED", "ELDERLY"),
                mapper.convertValue(data.path("greenChannel"), List.class).stream().sorted().toList());
        assertEquals("en", data.path("preferredLanguage").asText());
        assertEquals("zh-CN", submittedEvent(submit(noise("")).path("caseId")).path("preferredLanguage").asText(),
                "Simplified Chinese unless the resident chose otherwise");
    }

    @Test
    void unknownGreenChannelReasonsAndLanguagesAreRefused() {
        given().contentType(ContentType.JSON).body(noise("\"greenChannel\":[\"VIP\"],"))
                .when().post("/api/cases")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("errors.field", hasItem("greenChannel[0]"));
        given().contentType(ContentType.JSON).body(noise("\"preferredLanguage\":\"fr\","))
                .when().post("/api/cases")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("errors.field", hasItem("preferredLanguage"));
    }

    /** A noise complaint with a text of its own, so it is nobody's duplicate; {@code extra} is spliced in. */
    static String noise(String extra) {
        return """
                {"kind":"COMPLAINT","category":"noise",%s"description":"%s",
                 "location":{"address":"人民路%d号"}}""".formatted(extra, "噪声 " + UUID.randomUUID(),
                Math.abs(UUID.randomUUID().hashCode() % 10000));
    }

    static String roadDamage(String extra) {
        return noise(extra).replace("\"noise\"", "\"road-damage\"");
    }

    private JsonNode submittedEvent(String caseId) throws Exception {
        try (TopicProbe probe = TopicProbe.reading(bootstrapServers, Topics.GRIEVANCE_SUBMITTED)) {
            List<ConsumerRecord<String, String>> records = probe.awaitKey(caseId, 1, Duration.ofSeconds(30));
            return mapper.readTree(records.get(0).value()).path("data");
        }
    }
}
