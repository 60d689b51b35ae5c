package org.civicgrievance.intake.grievance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response.Status;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.civicgrievance.platform.outbox.OutboxEventRepository;
import org.junit.jupiter.api.Test;

/** Bad, oversized and hostile input: a clear problem+json naming the field, never a 500, never a half-written case. */
@QuarkusTest
class BadSubmissionTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    GrievanceRepository grievances;

    @Inject
    OutboxEventRepository outbox;

    @Test
    void missingFieldsAreEachNamed() {
        long before = grievances.count();
        long eventsBefore = outbox.count();

        given().contentType(ContentType.JSON).body("{\"kind\":\"COMPLAINT\",\"category\":\"street-lighting\"}")
                .when().post("/api/cases")
                .then().log().ifValidationFails()
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(400))
                .body("title", equalTo("The request has invalid fields"))
                .body("errors.field", containsInAnyOrder("description", "location"));

        assertEquals(before, grievances.count(), "no case is half-written");
        assertEquals(eventsBefore, outbox.count(), "no event is emitted for a refused case");
    }

    @Test
    void nestedFieldsAreNamedWithTheirPath() {
        given().contentType(ContentType.JSON).body("""
                {"kind":"COMPLAINT","category":"Street Lighting!","description":"灯坏了",
                 "location":{"address":"","latitude":123.0},
                 "contact":{"phone":"call me","email":"not-an-email"}}""")
                .when().post("/api/cases")
                .then().log().ifValidationFails()
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(PROBLEM_JSON)
                .body("errors.field", containsInAnyOrder("category", "location.address", "location.latitude",
                        "contact.phone", "contact.email"));
    }

    @Test
    void anUnknownKindIsNamed() {
        given().contentType(ContentType.JSON).body("""
                {"kind":"RANT","category":"noise","description":"太吵了","location":{"address":"幸福路1号"}}""")
                .when().post("/api/cases")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(PROBLEM_JSON)
                .body("errors.field", hasItem("kind"))
                .body("errors[0].message", containsString("RANT"));
    }

    @Test
    void aFieldOfTheWrongTypeIsNamed() {
        given().contentType(ContentType.JSON).body("""
                {"kind":"COMPLAINT","category":"noise","description":"太吵了","location":{"address":"x","latitude":"north"}}""")
                .when().post("/api/cases")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(PROBLEM_JSON)
                .body("errors.field", hasItem("location.latitude"));
    }

    @Test
    void malformedJsonIsABadRequestWithoutInternals() {
        given().contentType(ContentType.JSON).body("{\"kind\":\"COMPLAINT\", \"description\": ")
                .when().post("/api/cases")
                .then().log().ifValidationFails()
                .statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(PROBLEM_JSON)
                .body("title", equalTo("The request body is not valid JSON"))
                .body(not(containsString("com.fasterxml")))
                .body(not(containsString("Exception")));
    }

    @Test
    void anEmptyBodyIsRefused() {
        given().contentType(ContentType.JSON)
                .when().post("/api/cases")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .contentType(PROBLEM_JSON);
    }

    @Test
    void aDescriptionOverFiveThousandCharactersIsNamed() {
        String description = "灯".repeat(4999) + "🚨🚨";
        given().contentType(ContentType.JSON).body("""
                {"kind":"COMPLAINT","category":"noise","description":"%s","location":{"address":"幸福路1号"}}"""
                .formatted(description))
                .when().post("/api/cases")
                .then().statusCode(Status.BAD_REQUEST.getStatusCode())
                .body("errors.field", hasItem("description"));
    }

    @Test
    void exactlyFiveThousandCharactersOfChineseAndEmojiAreKept() {
        String description = "灯🚨".repeat(2500);
        assertEquals(5000, description.codePointCount(0, description.length()));
        given().contentType(ContentType.JSON).body("""
                {"kind":"COMPLAINT","category":"noise","description":"%s","location":{"address":"幸福路1号"}}"""
                .formatted(description))
                .when().post("/api/cases")
                .then().log().ifValidationFails()
                .statusCode(Status.CREATED.getStatusCode());
    }

    @Test
    void aBodyOverOneMegabyteIsRefusedBeforeParsing() {
        String huge = "x".repeat(1_100_000);
        given().contentType(ContentType.JSON).body("{\"description\":\"" + huge + "\"}")
                .when().post("/api/cases")
                .then().statusCode(Status.REQUEST_ENTITY_TOO_LARGE.getStatusCode())
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(413));
    }

    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaType() {
        given().contentType(ContentType.XML).body("<case/>")
                .when().post("/api/cases")
                .then().statusCode(Status.UNSUPPORTED_MEDIA_TYPE.getStatusCode())
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(415));
    }

    @Test
    void anUnknownPathIsAProblemToo() {
        given().when().get("/api/nothing-here")
                .then().statusCode(Status.NOT_FOUND.getStatusCode());
    }
}
