package org.civicgrievance.intake.opinion;

import static io.restassured.RestAssured.given;
import static org.civicgrievance.intake.opinion.OpinionForms.admin;
import static org.civicgrievance.intake.opinion.OpinionForms.close;
import static org.civicgrievance.intake.opinion.OpinionForms.create;
import static org.civicgrievance.intake.opinion.OpinionForms.draft;
import static org.civicgrievance.intake.opinion.OpinionForms.openPeriod;
import static org.civicgrievance.intake.opinion.OpinionForms.publish;
import static org.civicgrievance.intake.opinion.OpinionForms.standardForm;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.civicgrievance.infra.test.TopicProbe;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Administrators draft, revise, publish and close forms; the public sees published ones only. */
@QuarkusTest
class FormLifecycleTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private static ValidatableResponse revise(String formId, String body) {
        return given().auth().oauth2(admin()).contentType(ContentType.JSON).body(body)
                .when().put("/api/opinion-forms/{id}", formId)
                .then().log().ifValidationFails();
    }

    private static String withVersion(String body, long version) {
        return body.substring(0, body.lastIndexOf('}')) + ",\"version\":" + version + "}";
    }

    @Test
    void aFormIsDraftedRevisedPublishedAndClosed() {
        String formId = create(admin(), openPeriod())
                .statusCode(Status.CREATED.getStatusCode())
                .header("Location", matchesPattern(".*/api/opinion-forms/[0-9a-f-]{36}/definition"))
                .body("status", equalTo("DRAFT"))
                .body("state", equalTo("DRAFT"))
                .body("version", equalTo(0))
                .body("createdBy", equalTo(OpinionForms.ADMIN))
                .body("audience", containsInAnyOrder("RESIDENTS", "SHOPS"))
                .body("questions.id", contains("q1", "q2", "q3", "q4", "q5"))
                .body("questions.type", contains("SINGLE_CHOICE", "MULTIPLE_CHOICE", "RATING", "SHORT_TEXT", "LONG_TEXT"))
                .body("questions[0].options.id", contains("o1", "o2", "o3"))
                .body("questions[1].options.id", contains("o4", "o5", "o6"))
                .body("questions[0].required", equalTo(true))
                .body("questions[1].required", equalTo(false))
                .body("questions[2].minRating", equalTo(1))
                .body("questions[2].maxRating", equalTo(5))
                .body("questions[4].maxCharacters", equalTo(5000))
                .extract().path("id");

        String revised = """
                {"title":"修改后的标题","audience":["UNITS"],"opensAt":"%s","closesAt":"%s",
                 "questions":[{"type":"RATING","text":"打分","required":true},
                              {"type":"SINGLE_CHOICE","text":"是否","options":["是","否"]}]}"""
                .formatted(Instant.now().minus(Duration.ofHours(1)), Instant.now().plus(Duration.ofDays(3)));
        revise(formId, withVersion(revised, 0))
                .statusCode(Status.OK.getStatusCode())
                .body("title", equalTo("修改后的标题"))
                .body("version", equalTo(1))
                .body("audience", contains("UNITS"))
                .body("questions.id", contains("q1", "q2"))
                .body("questions[1].options.id", contains("o1", "o2"));

        publish(admin(), formId)
                .statusCode(Status.OK.getStatusCode())
                .body("status", equalTo("PUBLISHED"))
                .body("state", equalTo("OPEN"))
                .body("publishedBy", equalTo(OpinionForms.ADMIN))
                .body("publishedAt", notNullValue());

        revise(formId, withVersion(revised, 2))
                .statusCode(Status.CONFLICT.getStatusCode())
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:civic-grievance:problem:form-frozen"))
                .body("status", equalTo(409))
                .body("formStatus", equalTo("PUBLISHED"))
                .body("detail", notNullValue());
        publish(admin(), formId).statusCode(Status.CONFLICT.getStatusCode())
                .body("type", equalTo("urn:civic-grievance:problem:form-not-draft"));

        close(admin(), formId)
                .statusCode(Status.OK.getStatusCode())
                .body("status", equalTo("CLOSED"))
                .body("state", equalTo("CLOSED"))
                .body("closedBy", equalTo(OpinionForms.ADMIN));
        close(admin(), formId).statusCode(Status.CONFLICT.getStatusCode())
                .contentType(PROBLEM_JSON)
                .body("state", equalTo("CLOSED"));

        given().auth().oauth2(admin()).when().get("/api/opinion-forms/{id}/definition", formId)
                .then().statusCode(Status.OK.getStatusCode())
                .body("title", equalTo("修改后的标题"))
                .body("questions.size()", equalTo(2));
    }

    @Test
    void twoAdministratorsEditingOneDraftCannotOverwriteEachOther() {
        String formId = draft(openPeriod());
        revise(formId, withVersion(openPeriod().replace("幸福社区", "甲的"), 0)).statusCode(Status.OK.getStatusCode());
        revise(formId, withVersion(openPeriod().replace("幸福社区", "乙的"), 0))
                .statusCode(Status.CONFLICT.getStatusCode())
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:civic-grievance:problem:edit-conflict"))
                .body("currentVersion", equalTo(1));
        revise(formId, openPeriod())
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("errors.field", contains("version"));
        given().auth().oauth2(admin()).when().get("/api/opinion-forms/{id}/definition", formId)
                .then().body("title", equalTo("甲的环境满意度征求意见表"));
    }

    @Test
    void theFormIsRefusedWithEveryWrongFieldNamed() {
        String noOptions = """
                {"title":"t","audience":["RESIDENTS"],"opensAt":"2026-12-15T00:00:00Z","closesAt":"2026-12-01T00:00:00Z",
                 "questions":[{"type":"SINGLE_CHOICE","text":"选一个"},
                              {"type":"SHORT_TEXT","text":"写","options":["a","b"]},
                              {"type":"MULTIPLE_CHOICE","text":"多选","options":["a","a"]}]}""";
        create(admin(), noOptions)
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(PROBLEM_JSON)
                .body("title", equalTo("The request has invalid fields"))
                .body("errors.field", contains("closesAt", "questions[0].options", "questions[1].options",
                        "questions[2].options[1]"));

        create(admin(), """
                {"title":" ","audience":[],"questions":[],"language":"简体中文"}""")
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("errors.field", containsInAnyOrder("audience", "closesAt", "language", "opensAt", "questions", "title"));

        create(admin(), """
                {"title":"t","audience":["RESIDENTS"],"opensAt":"2026-12-01T00:00:00Z","closesAt":"2026-12-15T00:00:00Z",
                 "questions":[{"type":"ESSAY","text":"x"}]}""")
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("errors.field", hasItem("questions[0].type"));

        create(admin(), """
                {"title":"t","audience":["RESIDENTS"],"opensAt":"2026-12-01T00:00:00Z","closesAt":"2026-12-15T00:00:00Z",
                 "questions":[{"type":"RATING","text":""}]}""")
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("errors.field", contains("questions[0].text"));
    }

    @Test
    void aFormWhoseClosingTimeHasPassedIsNotPublished() {
        String formId = draft(standardForm(Instant.now().minus(Duration.ofDays(10)), Instant.now().minus(Duration.ofDays(3))));
        publish(admin(), formId)
                .statusCode(Status.CONFLICT.getStatusCode())
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:civic-grievance:problem:form-period-over"));
    }

    @Test
    void thePublicSeesPublishedFormsInTheirLanguageAndListsOpenOnes() {
        String draftId = draft(openPeriod());
        String openId = OpinionForms.openForm();
        String upcomingId = draft(standardForm(Instant.now().plus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(8))));
        publish(admin(), upcomingId).statusCode(Status.OK.getStatusCode()).body("state", equalTo("UPCOMING"));
        String closedId = OpinionForms.openForm();
        close(admin(), closedId).statusCode(Status.OK.getStatusCode());

        given().when().get("/api/opinion-forms/{id}", draftId)
                .then().statusCode(Status.NOT_FOUND.getStatusCode()).contentType(PROBLEM_JSON);
        given().when().get("/api/opinion-forms/{id}", "00000000-0000-0000-0000-000000000000")
                .then().statusCode(Status.NOT_FOUND.getStatusCode());
        given().when().get("/api/opinion-forms/{id}", openId)
                .then().log().ifValidationFails()
                .statusCode(Status.OK.getStatusCode())
                .header("Content-Language", "zh-CN")
                .body("language", equalTo("zh-CN"))
                .body("state", equalTo("OPEN"))
                .body("questions[0].text", equalTo("您对社区环境是否满意？"))
                .body("questions[0].options.label", contains("满意", "一般", "不满意"))
                .body("questions[3].options", nullValue())
                .body("version", nullValue())
                .body("createdBy", nullValue());
        given().when().get("/api/opinion-forms/{id}", upcomingId).then().body("state", equalTo("UPCOMING"));
        given().when().get("/api/opinion-forms/{id}", closedId).then().body("state", equalTo("CLOSED"));

        given().when().get("/api/opinion-forms")
                .then().statusCode(Status.OK.getStatusCode())
                .body("id", hasItem(openId))
                .body("id", not(hasItem(draftId)))
                .body("id", not(hasItem(upcomingId)))
                .body("id", not(hasItem(closedId)))
                .body("state", not(hasItem(not(equalTo("OPEN")))));
        given().queryParam("audience", "SHOPS").when().get("/api/opinion-forms")
                .then().body("id", hasItem(openId));
        given().queryParam("audience", "UNITS").when().get("/api/opinion-forms")
                .then().body("id", not(hasItem(openId)));
        given().queryParam("audience", "ALIENS").when().get("/api/opinion-forms")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(PROBLEM_JSON)
                .body("errors.field", contains("audience"));

        given().auth().oauth2(OpinionForms.admin()).when().get("/api/opinion-forms/definitions")
                .then().statusCode(Status.OK.getStatusCode())
                .body("id", hasItem(draftId))
                .body("id", hasItem(closedId));
    }

    @Test
    void creatingPublishingAndClosingAreReportedToTheAuditTrailAsFormEvents() throws Exception {
        String formId = OpinionForms.openForm();
        close(admin(), formId).statusCode(Status.OK.getStatusCode());

        try (TopicProbe probe = TopicProbe.reading(bootstrapServers, "audit.recorded")) {
            List<ConsumerRecord<String, String>> records = probe.awaitKey(formId, 3, Duration.ofSeconds(30));
            assertEquals(3, records.size());
            List<JsonNode> data = records.stream().map(record -> read(record.value()).path("data")).toList();
            assertEquals(List.of("FORM_CREATED", "FORM_PUBLISHED", "FORM_CLOSED"),
                    data.stream().map(node -> node.path("action").asText()).toList());
            for (JsonNode event : data) {
                assertEquals(OpinionForms.ADMIN, event.path("actor").asText());
                assertEquals("admin", event.path("actorRole").asText());
                assertTrue(event.path("caseId").isNull(), "a form is no case: " + event);
                assertTrue(event.path("detail").asText().contains(formId), event.toString());
            }
            assertEquals("DRAFT", data.get(1).path("before").asText());
            assertEquals("CLOSED", data.get(2).path("after").asText());
        }
    }

    @Test
    void theEndpointsAreDescribedInOpenApi() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(Status.OK.getStatusCode())
                .body("paths.keySet()", org.hamcrest.Matchers.hasItems("/api/opinion-forms", "/api/opinion-forms/{formId}",
                        "/api/opinion-forms/{formId}/publish", "/api/opinion-forms/{formId}/close",
                        "/api/opinion-forms/{formId}/answers", "/api/opinion-forms/{formId}/answers/{answerId}/case",
                        "/api/opinion-forms/{formId}/results", "/api/opinion-forms/{formId}/results/export.csv"))
                // the catalogue's questions keep their schema names beside the forms' own, none numbered
                .body("components.schemas.keySet()", org.hamcrest.Matchers.hasItems("FormQuestionType",
                        "FormQuestionView", "QuestionType", "QuestionView"))
                .body("components.schemas.keySet()", not(hasItem(matchesPattern(".*\\d"))));
    }

    private JsonNode read(String json) {
        try {
            return mapper.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
