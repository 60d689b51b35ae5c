package org.civicgrievance.intake.opinion;

import static io.restassured.RestAssured.given;
import static org.civicgrievance.intake.opinion.OpinionForms.CASE_FIELDS;
import static org.civicgrievance.intake.opinion.OpinionForms.VALID_ANSWERS;
import static org.civicgrievance.intake.opinion.OpinionForms.admin;
import static org.civicgrievance.intake.opinion.OpinionForms.answered;
import static org.civicgrievance.intake.opinion.OpinionForms.openForm;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.civicgrievance.infra.test.StaffTokens;
import org.civicgrievance.infra.test.TopicProbe;
import org.civicgrievance.intake.Topics;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An answer raising a concrete problem becomes a case like any other (tracking number, access
 * code, grievance.submitted, audit), once, by its respondent with the answer code or by an operator.
 */
@QuarkusTest
class AnswerToCaseTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private static ValidatableResponse makeCase(RequestSpecification who, String formId, String answerId, String body) {
        return who.contentType(ContentType.JSON).body(body)
                .when().post("/api/opinion-forms/{formId}/answers/{answerId}/case", formId, answerId)
                .then().log().ifValidationFails();
    }

    private static RequestSpecification respondent(String answerCode) {
        return given().header("X-Answer-Code", answerCode);
    }

    private static RequestSpecification operator() {
        return given().auth().oauth2(StaffTokens.operator("chen.jing"));
    }

    @Test
    void theRespondentTurnsTheirAnswerIntoACaseAndFollowsIt() {
        String formId = openForm();
        ExtractableResponse<Response> answer = answered(formId, VALID_ANSWERS);
        String answerId = answer.path("answerId");
        String answerCode = answer.path("answerCode");

        ExtractableResponse<Response> receipt = makeCase(respondent(answerCode), formId, answerId, CASE_FIELDS)
                .statusCode(Status.CREATED.getStatusCode())
                .header("Location", matchesPattern(".*/api/cases/GR-\\d{4}-\\d{8}"))
                .body("caseId", matchesPattern("[0-9a-f-]{36}"))
                .body("trackingNumber", matchesPattern("GR-\\d{4}-\\d{8}"))
                .body("accessCode", matchesPattern("[2-9A-HJKMNP-Z]{10}"))
                .body("status", equalTo("SUBMITTED"))
                .extract();
        String trackingNumber = receipt.path("trackingNumber");

        // the existing residents' look-up knows the case; its title says which form it came from
        given().header("X-Access-Code", receipt.<String>path("accessCode"))
                .when().get("/api/cases/{trackingNumber}", trackingNumber)
                .then().statusCode(Status.OK.getStatusCode())
                .body("kind", equalTo("COMPLAINT"))
                .body("category", equalTo("street-lighting"))
                .body("title", equalTo("幸福社区环境满意度征求意见表"))
                .body("status", equalTo("SUBMITTED"));

        given().header("X-Answer-Code", answerCode)
                .when().get("/api/opinion-forms/{formId}/answers/{answerId}", formId, answerId)
                .then().body("caseTrackingNumber", equalTo(trackingNumber));

        // one case per answer: the respondent is told which
        makeCase(respondent(answerCode), formId, answerId, CASE_FIELDS)
                .statusCode(Status.CONFLICT.getStatusCode())
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("urn:civic-grievance:problem:answer-has-case"))
                .body("trackingNumber", equalTo(trackingNumber));
        // an operator is refused too, without the tracking number, which opens the case with the access code
        makeCase(operator(), formId, answerId, CASE_FIELDS)
                .statusCode(Status.CONFLICT.getStatusCode())
                .body("type", equalTo("urn:civic-grievance:problem:answer-has-case"))
                .body("trackingNumber", nullValue());
    }

    @Test
    void aWrongCodeOrAnUnknownAnswerRevealsNothing() {
        String formId = openForm();
        ExtractableResponse<Response> answer = answered(formId, VALID_ANSWERS);
        String answerId = answer.path("answerId");

        makeCase(respondent("WRONGCODE2"), formId, answerId, CASE_FIELDS)
                .statusCode(Status.NOT_FOUND.getStatusCode())
                .contentType(PROBLEM_JSON);
        makeCase(respondent(answer.path("answerCode")), openForm(), answerId, CASE_FIELDS)
                .statusCode(Status.NOT_FOUND.getStatusCode());
        makeCase(respondent(answer.path("answerCode")), formId, "00000000-0000-0000-0000-000000000000", CASE_FIELDS)
                .statusCode(Status.NOT_FOUND.getStatusCode());
        makeCase(operator(), formId, "00000000-0000-0000-0000-000000000000", CASE_FIELDS)
                .statusCode(Status.NOT_FOUND.getStatusCode());
        makeCase(given(), formId, answerId, CASE_FIELDS)
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("errors.field", contains("X-Answer-Code"));

        // after the case is made, a wrong code still learns nothing about it
        makeCase(respondent(answer.path("answerCode")), formId, answerId, CASE_FIELDS)
                .statusCode(Status.CREATED.getStatusCode());
        makeCase(respondent("WRONGCODE2"), formId, answerId, CASE_FIELDS)
                .statusCode(Status.NOT_FOUND.getStatusCode())
                .body("trackingNumber", nullValue());
    }

    @Test
    void theCaseFieldsAreCheckedAsForAnyCase() {
        String formId = openForm();
        ExtractableResponse<Response> answer = answered(formId, VALID_ANSWERS);
        makeCase(respondent(answer.path("answerCode")), formId, answer.path("answerId"), """
                {"kind":"RANT","category":"Street Lighting!","description":" ","location":{"address":""},
                 "contact":{"phone":"call me"}}""")
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("errors.field", hasItem("kind"));
        makeCase(respondent(answer.path("answerCode")), formId, answer.path("answerId"), """
                {"category":"Street Lighting!","description":" ","location":{"address":""},"contact":{"phone":"call me"}}""")
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("errors.field", contains("category", "contact.phone", "description", "kind", "location.address"));
        // the service catalogue is checked as for any case
        makeCase(respondent(answer.path("answerCode")), formId, answer.path("answerId"), """
                {"kind":"COMPLAINT","category":"no-such-category","description":"灯坏了","location":{"address":"幸福路1号"}}""")
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("errors.field", contains("category"));
        String trackingNumber = makeCase(respondent(answer.path("answerCode")), formId, answer.path("answerId"), """
                {"kind":"HELP_REQUEST","category":"street-lighting","title":"灯杆歪了","description":"灯坏了",
                 "location":{"address":"幸福路1号"},"attributes":{"pole_number":"GL-0012"}}""")
                .statusCode(Status.CREATED.getStatusCode())
                .extract().path("trackingNumber");
        given().header("X-Answer-Code", answer.<String>path("answerCode"))
                .when().get("/api/opinion-forms/{formId}/answers/{answerId}", formId, answer.<String>path("answerId"))
                .then().body("caseTrackingNumber", equalTo(trackingNumber));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGetsTheFirstAnswerBack() {
        String formId = openForm();
        String key = java.util.UUID.randomUUID().toString();
        ExtractableResponse<Response> first = given().header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body("{\"answers\":" + VALID_ANSWERS + "}")
                .when().post("/api/opinion-forms/{id}/answers", formId)
                .then().statusCode(Status.CREATED.getStatusCode()).extract();
        given().header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body("{\"answers\":" + VALID_ANSWERS + "}")
                .when().post("/api/opinion-forms/{id}/answers", formId)
                .then().statusCode(Status.CREATED.getStatusCode())
                .body("answerId", equalTo(first.path("answerId")))
                .body("answerCode", equalTo(first.path("answerCode")));
        given().auth().oauth2(admin()).when().get("/api/opinion-forms/{id}/results", formId)
                .then().body("answers", equalTo(1));

        String caseKey = java.util.UUID.randomUUID().toString();
        String trackingNumber = makeCase(operator().header("Idempotency-Key", caseKey), formId, first.path("answerId"),
                CASE_FIELDS).statusCode(Status.CREATED.getStatusCode()).extract().path("trackingNumber");
        // the same operator retrying with a fresh token: the same request, answered as the first time
        makeCase(operator().header("Idempotency-Key", caseKey), formId, first.path("answerId"), CASE_FIELDS)
                .statusCode(Status.CREATED.getStatusCode())
                .body("trackingNumber", equalTo(trackingNumber));
    }

    @Test
    void anOperatorMakesTheCaseWithoutTheCodeAndOthersMayNot() throws Exception {
        String formId = openForm();
        String answerId = answered(formId, VALID_ANSWERS).path("answerId");

        for (String token : new String[] { admin(), StaffTokens.inspector("li.qiang"),
                StaffTokens.handler("wang.li", "urban-management"), StaffTokens.supervisor("zhang.wei", "urban-management") }) {
            makeCase(given().auth().oauth2(token), formId, answerId, CASE_FIELDS)
                    .statusCode(Status.FORBIDDEN.getStatusCode())
                    .contentType(PROBLEM_JSON);
        }
        makeCase(given().auth().oauth2(StaffTokens.staff("chen.jing", null, "operator").signedByAStranger().token()),
                formId, answerId, CASE_FIELDS)
                .statusCode(Status.UNAUTHORIZED.getStatusCode());

        String caseId = makeCase(operator(), formId, answerId, CASE_FIELDS)
                .statusCode(Status.CREATED.getStatusCode())
                .body("trackingNumber", matchesPattern("GR-\\d{4}-\\d{8}"))
                .extract().path("caseId");

        try (TopicProbe probe = TopicProbe.reading(bootstrapServers, Topics.GRIEVANCE_SUBMITTED)) {
            // the audit trail's CASE_SUBMITTED comes from this event: by the operator, from an opinion form
            JsonNode submitted = mapper.readTree(probe.awaitKey(caseId, 1, Duration.ofSeconds(30)).get(0).value()).path("data");
            assertEquals("chen.jing", submitted.path("recordedBy").asText());
            assertEquals("OPINION_FORM", submitted.path("channel").asText());
        }
        try (TopicProbe probe = TopicProbe.reading(bootstrapServers, "audit.recorded")) {
            List<ConsumerRecord<String, String>> records = probe.awaitKey(caseId, 1, Duration.ofSeconds(30));
            assertEquals(1, records.size());
            JsonNode linked = mapper.readTree(records.get(0).value()).path("data");
            assertEquals("CASE_FROM_OPINION_ANSWER", linked.path("action").asText());
            assertEquals("chen.jing", linked.path("actor").asText());
            assertTrue(linked.path("detail").asText().contains(answerId), linked.toString());
        }
    }

    @Test
    void theCaseIsPublishedToRoutingAsAnyCaseIs() throws Exception {
        String formId = openForm();
        ExtractableResponse<Response> answer = answered(formId, VALID_ANSWERS);
        String caseId = makeCase(respondent(answer.path("answerCode")), formId, answer.path("answerId"), CASE_FIELDS)
                .statusCode(Status.CREATED.getStatusCode())
                .extract().path("caseId");

        try (TopicProbe probe = TopicProbe.reading(bootstrapServers, Topics.GRIEVANCE_SUBMITTED)) {
            List<ConsumerRecord<String, String>> records = probe.awaitKey(caseId, 1, Duration.ofSeconds(30));
            assertEquals(1, records.size(), "one grievance.submitted event for the case");
            JsonNode event = mapper.readTree(records.get(0).value());
            assertEquals("grievance.submitted", event.path("type").asText());
            assertEquals(caseId, event.path("subject").asText());
            assertEquals("OPINION_FORM", event.path("data").path("channel").asText());
            assertEquals("street-lighting", event.path("data").path("category").asText());
            assertEquals("幸福路12号门口的路灯坏了一周", event.path("data").path("description").asText());
            assertTrue(event.path("data").path("recordedBy").isNull());
        }
    }

    @Test
    void twoSimultaneousAttemptsMakeOneCase() throws Exception {
        String formId = openForm();
        ExtractableResponse<Response> answer = answered(formId, VALID_ANSWERS);
        String answerId = answer.path("answerId");
        String answerCode = answer.path("answerCode");

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> attempts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                attempts.add(() -> respondent(answerCode).contentType(ContentType.JSON).body(CASE_FIELDS)
                        .when().post("/api/opinion-forms/{formId}/answers/{answerId}/case", formId, answerId)
                        .statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(attempts)) {
                statuses.add(status.get());
            }
            assertEquals(1, statuses.stream().filter(status -> status == Status.CREATED.getStatusCode()).count(), statuses.toString());
            assertEquals(3, statuses.stream().filter(status -> status == Status.CONFLICT.getStatusCode()).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
    }
}
