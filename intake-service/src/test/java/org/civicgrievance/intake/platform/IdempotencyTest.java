package org.civicgrievance.intake.platform;

import static io.restassured.RestAssured.given;
import static org.civicgrievance.intake.Submissions.STREET_LIGHT;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.describedAs;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import org.civicgrievance.infra.test.StaffTokens;
import org.civicgrievance.intake.grievance.GrievanceRepository;
import org.civicgrievance.platform.outbox.OutboxEventRepository;
import org.junit.jupiter.api.Test;

/** A retried POST with the same Idempotency-Key gets the first answer and never makes a second case. */
@QuarkusTest
class IdempotencyTest {

    private static final String KEY_HEADER = "Idempotency-Key";

    @Inject
    GrievanceRepository grievances;

    @Inject
    OutboxEventRepository outbox;

    @Test
    void aRetryGetsTheFirstAnswerAndNoSecondCase() {
        String key = UUID.randomUUID().toString();
        String complaint = uniqueComplaint();
        var first = submitWithKey(key, complaint).statusCode(Status.CREATED.getStatusCode())
                .header("Idempotent-Replayed", nullValue()).extract();
        String trackingNumber = first.path("trackingNumber");

        // the same JSON, spaced differently, is the same request
        submitWithKey(key, complaint.replace("\n", " "))
                .statusCode(Status.CREATED.getStatusCode())
                .header("Idempotent-Replayed", equalTo("true"))
                .header("Location", equalTo(first.header("Location")))
                .body("trackingNumber", equalTo(trackingNumber))
                .body("accessCode", equalTo(first.path("accessCode")))
                .body("caseId", equalTo(first.path("caseId")));

        assertEquals(1, casesTitled(complaint));
    }

    @Test
    void concurrentRetriesWithOneKeyMakeOneCase() throws Exception {
        String key = UUID.randomUUID().toString();
        String complaint = uniqueComplaint();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            Callable<String> attempt = () -> submitWithKey(key, complaint)
                    .statusCode(Status.CREATED.getStatusCode()).extract().path("caseId");
            Set<String> caseIds = new HashSet<>();
            for (Future<String> answer : pool.invokeAll(List.of(attempt, attempt, attempt, attempt, attempt, attempt))) {
                caseIds.add(answer.get());
            }
            assertEquals(1, caseIds.size(), "every attempt names the same case");
            assertEquals(1, casesTitled(complaint));
            assertEquals(1, QuarkusTransaction.requiringNew()
                    .call(() -> outbox.findByKey(caseIds.iterator().next()).stream()
                            .filter(event -> event.getTopic().equals("grievance.submitted")).count()));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aKeyReusedForADifferentRequestIsRefused() {
        String key = UUID.randomUUID().toString();
        submitWithKey(key, STREET_LIGHT).statusCode(Status.CREATED.getStatusCode());

        submitWithKey(key, STREET_LIGHT.replace("路灯不亮", "路灯还是不亮"))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith(":idempotency-key-reused"))
                .body("errors.field", hasItem(KEY_HEADER));
    }

    @Test
    void aFailedRequestKeepsNothingSoItsCorrectedRetryMayUseTheKey() {
        String key = UUID.randomUUID().toString();
        String withoutDescription = STREET_LIGHT.replaceFirst("\"description\":\"[^\"]*\",", "");
        submitWithKey(key, withoutDescription).statusCode(Status.BAD_REQUEST.getStatusCode());
        submitWithKey(key, withoutDescription).statusCode(Status.BAD_REQUEST.getStatusCode());

        submitWithKey(key, STREET_LIGHT).statusCode(Status.CREATED.getStatusCode())
                .header("Idempotent-Replayed", nullValue());
    }

    @Test
    void malformedKeysAreRefusedNamingTheHeader() {
        for (String bad : List.of("x".repeat(129), "with space", "")) {
            given().contentType(ContentType.JSON).header(KEY_HEADER, bad).body(STREET_LIGHT)
                    .when().post("/api/cases")
                    .then().log().ifValidationFails()
                    .statusCode(describedAs("400 for key %0", is(Status.BAD_REQUEST.getStatusCode()), bad))
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem(KEY_HEADER));
        }
    }

    @Test
    void staffKeysAreTheirOwn() {
        String key = UUID.randomUUID().toString();
        String recorded = "{\"channel\":\"HOTLINE\",\"grievance\":" + STREET_LIGHT + "}";
        String chen = given().auth().oauth2(StaffTokens.operator("operator.chen")).header(KEY_HEADER, key)
                .contentType(ContentType.JSON).body(recorded)
                .when().post("/api/staff/cases")
                .then().log().ifValidationFails().statusCode(Status.CREATED.getStatusCode()).extract().path("caseId");
        // another operator's identical key is another request: keys are scoped to the caller
        String wang = given().auth().oauth2(StaffTokens.operator("operator.wang")).header(KEY_HEADER, key)
                .contentType(ContentType.JSON).body(recorded)
                .when().post("/api/staff/cases")
                .then().log().ifValidationFails().statusCode(Status.CREATED.getStatusCode())
                .header("Idempotent-Replayed", nullValue()).extract().path("caseId");
        assertEquals(2, Set.of(chen, wang).size());
    }

    private static ValidatableResponse submitWithKey(String key, String body) {
        return given().contentType(ContentType.JSON).header(KEY_HEADER, key).body(body)
                .when().post("/api/cases")
                .then().log().ifValidationFails();
    }

    /** The street-light complaint with a title no other test uses, so its cases can be counted. */
    private static String uniqueComplaint() {
        return STREET_LIGHT.replace("路灯不亮", "路灯不亮 " + UUID.randomUUID());
    }

    private long casesTitled(String complaint) {
        String title = complaint.replaceFirst("(?s).*\"title\":\"([^\"]*)\".*", "$1");
        return QuarkusTransaction.requiringNew().call(() -> grievances.count("title", title));
    }
}
